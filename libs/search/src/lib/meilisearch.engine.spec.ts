/**
 * Runs the engine against a real Meilisearch, started by startManagedMeilisearch in a
 * temporary data folder: no mocks, no fake server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { documentFingerprint } from './document-fingerprint';
import { createKeepAliveHttpClient } from './keep-alive-http';
import { type ManagedMeilisearch, type SearchLogger, startManagedMeilisearch } from './managed-meilisearch';
import { MeilisearchEngine } from './meilisearch.engine';
import { SearchEngineError } from './search-engine-error';
import type { FacetCount, SearchDocument, SearchQuery } from './search.port';

const ODD_ORGANIZATION = `Stichting "Aan \\ de slag"; DROP TABLE projects; --`;

function document(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, type: 'PROJECT', slug: id, title: '', text: '', keywords: [], facets: {}, ...fields };
}

const DOCUMENTS: SearchDocument[] = [
  document('vakmanschap-werkcoach', {
    type: 'INTERVENTION',
    title: 'Vakmanschap van de werkcoach',
    text: 'Werkcoaches versterken hun vakmanschap met intervisie en casusbesprekingen.',
    keywords: ['vakmanschap'],
    facets: { organizationKind: ['municipality'], targetGroups: ['bijstand'], evidenceLevel: ['well-described'] },
  }),
  document('terug-naar-werk', {
    title: 'Terug naar werk na ziekte',
    text: 'We volgen de werkhervatting van mensen met gezondheidsklachten in de WIA.',
    facets: { organizationKind: ['uwv'], targetGroups: ['WIA'], status: ['running'], year: ['2023'] },
  }),
  document('evidence-based-gemeente', {
    type: 'FINDING',
    title: 'Evidence-based werken in de gemeente',
    text: 'Professionals die evidence-based werken gebruiken onderzoek bij hun keuzes.',
    facets: { organizationKind: ['university-of-applied-sciences'], year: ['2024'] },
  }),
  document('stappenplan', {
    type: 'INTERVENTION',
    title: 'Het re-integratietraject in stappen',
    text: 'Een re-integratietraject voor mensen in de bijstand of de WW, met jobcoaching.',
    facets: { organizationKind: ['municipality'], targetGroups: ['bijstand', 'WW'] },
  }),
  document('maatwerk', {
    type: 'TERM',
    title: 'Maatwerk',
    text: 'Maatwerk <script>alert("x")</script> & <img src=x onerror="alert(1)"> betekent: per persoon kiezen.',
    facets: { perspective: ['ministry'] },
  }),
  document('vreemde-organisatie', {
    title: 'Project met een lastige organisatienaam',
    text: 'Een kleine pilot.',
    facets: { organization: [ODD_ORGANIZATION], organizationKind: ['other'] },
  }),
];

/** Each facet's counts in the order the engine gives them: `type: INTERVENTION 2, TERM 1`. */
const countsOf = (facets: FacetCount[]) =>
  facets.map(({ name, values }) => `${name}: ${values.map(({ value, count }) => `${value} ${count}`).join(', ')}`);

/** Every id in the index, as the consistency check reads them. */
const indexedIds = async (engine: MeilisearchEngine) => [...(await engine.listFingerprints()).keys()];

const quietLogger = (): SearchLogger & { warnings: string[] } => {
  const warnings: string[] = [];
  return { warnings, log: () => undefined, warn: (message) => warnings.push(message), error: () => undefined };
};

describe('MeilisearchEngine on a managed Meilisearch', () => {
  const logger = quietLogger();
  let dataDir: string;
  let server: ManagedMeilisearch;
  let engine: MeilisearchEngine;

  const search = (query: Partial<SearchQuery>) => engine.search({ query: '', limit: 20, offset: 0, ...query });
  const idsFor = async (query: Partial<SearchQuery>) => (await search(query)).hits.map((hit) => hit.id).sort();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'werkkennis-search-'));
    server = await startManagedMeilisearch({ dataDir, logger });
    engine = new MeilisearchEngine({ host: server.host, apiKey: server.apiKey, indexName: 'test' });
    await engine.setSynonyms([['evidence-based werken', 'EBP', 'evidence-based practice']]);
    await engine.upsert(DOCUMENTS);
  });

  afterAll(async () => {
    const pid = server?.pid;
    await server?.stop();
    if (pid !== undefined) expect(() => process.kill(pid, 0)).toThrow();
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('finding documents', () => {
    it('finds an upserted document right after the upsert', async () => {
      expect(await idsFor({ query: 'intervisie' })).toEqual(['vakmanschap-werkcoach']);
    });

    it('tolerates the typo vakmanschp', async () => {
      expect((await search({ query: 'vakmanschp' })).hits[0]?.id).toBe('vakmanschap-werkcoach');
    });

    it('finds evidence-based werken through the synonym EBP', async () => {
      expect(await idsFor({ query: 'EBP' })).toEqual(['evidence-based-gemeente']);
    });

    it('finds werkhervatting when searching for hervatting', async () => {
      expect(await idsFor({ query: 'hervatting' })).toEqual(['terug-naar-werk']);
    });

    it('finds re-integratietraject when searching for traject', async () => {
      expect(await idsFor({ query: 'traject' })).toEqual(['stappenplan']);
    });

    it('reports the server time and an exact total', async () => {
      const result = await search({ query: '', limit: 2 });
      expect(result.total).toBe(DOCUMENTS.length);
      expect(result.hits).toHaveLength(2);
      expect(result.tookMs).toBeGreaterThanOrEqual(0);
    });

    it('pages from an offset between page boundaries', async () => {
      const all = (await search({})).hits.map((hit) => hit.id);
      const page = await search({ offset: 3, limit: 2 });
      expect(page.hits.map((hit) => hit.id)).toEqual(all.slice(3, 5));
      expect(page.total).toBe(DOCUMENTS.length);
    });
  });

  describe('filters and facets', () => {
    it('ORs the values within one facet', async () => {
      expect(await idsFor({ filters: [{ name: 'targetGroups', values: ['WIA', 'WW'] }] })).toEqual([
        'stappenplan',
        'terug-naar-werk',
      ]);
    });

    it('ANDs different facets', async () => {
      const filters = [
        { name: 'organizationKind' as const, values: ['municipality'] },
        { name: 'targetGroups' as const, values: ['WIA', 'WW'] },
      ];
      expect(await idsFor({ filters })).toEqual(['stappenplan']);
    });

    it('filters by content type', async () => {
      expect(await idsFor({ types: ['INTERVENTION'] })).toEqual(['stappenplan', 'vakmanschap-werkcoach']);
      expect(await idsFor({ types: ['FINDING', 'TERM'] })).toEqual(['evidence-based-gemeente', 'maatwerk']);
    });

    it('counts facet values of the result set, most frequent first', async () => {
      const result = await search({ facets: ['organizationKind', 'type'] });
      expect(countsOf(result.facets)).toEqual([
        'organizationKind: municipality 2, other 1, university-of-applied-sciences 1, uwv 1',
        'type: INTERVENTION 2, PROJECT 2, FINDING 1, TERM 1',
      ]);
    });

    it('counts within the filtered result set', async () => {
      const filters = [{ name: 'organizationKind' as const, values: ['municipality'] }];
      const result = await search({ filters, facets: ['targetGroups'] });
      expect(countsOf(result.facets)).toEqual(['targetGroups: bijstand 2, WW 1']);
    });

    it('treats quotes, backslashes and SQL in filter values as plain values', async () => {
      const hostile = ['" OR type = "PROJECT', '\\', '\\"', `'; DROP TABLE projects; --`, 'a] OR [b'];
      const result = await search({ filters: [{ name: 'organization', values: hostile }] });
      expect(result.total).toBe(0);
      expect(await idsFor({ filters: [{ name: 'organization', values: [ODD_ORGANIZATION] }] })).toEqual([
        'vreemde-organisatie',
      ]);
    });
  });

  describe('highlighting', () => {
    it('marks the match and escapes the HTML of the document', async () => {
      const [hit] = (await search({ query: 'onerror' })).hits;
      expect(hit.highlight).toContain('&lt;img src=x <mark>onerror</mark>=&quot;alert(1)&quot;&gt;');
      expect(hit.highlight).toContain('&lt;script&gt;');
      expect(hit.highlight.match(/<[^>]*>/g)).toEqual(['<mark>', '</mark>']);
    });

    it('crops long text to an excerpt around the match', async () => {
      const long = document('lang', { title: 'Lang verhaal', text: `${'woord '.repeat(200)}loopbaancoach ${'einde '.repeat(200)}` });
      await engine.upsert([long]);
      const [hit] = (await search({ query: 'loopbaancoach' })).hits;
      expect(hit.highlight).toContain('<mark>loopbaancoach</mark>');
      expect(hit.highlight.split(' ').length).toBeLessThanOrEqual(32);
      await engine.remove(['lang']);
    });

    it('falls back to the highlighted title when only the title matched', async () => {
      const [hit] = (await search({ query: 'lastige' })).hits;
      expect(hit.highlight).toBe('Project met een <mark>lastige</mark> organisatienaam');
    });
  });

  describe('writes', () => {
    it('removes documents', async () => {
      await engine.upsert([document('tijdelijk', { title: 'Tijdelijke pilot' })]);
      expect(await idsFor({ query: 'tijdelijke' })).toEqual(['tijdelijk']);
      await engine.remove(['tijdelijk']);
      expect(await idsFor({ query: 'tijdelijke' })).toEqual([]);
      expect(await indexedIds(engine)).not.toContain('tijdelijk');
    });

    it('lists every id in the index', async () => {
      expect((await indexedIds(engine)).sort()).toEqual(DOCUMENTS.map((doc) => doc.id).sort());
    });

    it('keeps the fingerprint of the indexed content, which changes with the content', async () => {
      const first = document('vingerafdruk', { title: 'Eerste titel' });
      await engine.upsert([first]);
      const before = (await engine.listFingerprints()).get('vingerafdruk');
      expect(before).toBe(documentFingerprint(first));
      const edited = { ...first, title: 'Tweede titel' };
      await engine.upsert([edited]);
      const after = (await engine.listFingerprints()).get('vingerafdruk');
      expect(after).toBe(documentFingerprint(edited));
      expect(after).not.toBe(before);
      await engine.remove(['vingerafdruk']);
    });

    it('replaceAll swaps in a new index without an empty window and keeps concurrent writes', async () => {
      const kept = DOCUMENTS.filter((doc) => doc.id !== 'maatwerk');
      const added = document('nieuw', { title: 'Nieuwe aanpak voor jongeren' });
      const writtenDuringRebuild = document('tussendoor', { title: 'Tussendoor gepubliceerd' });
      const totalsSeen: number[] = [];
      const progress: number[] = [];
      let rebuilding = true;
      const searching = (async () => {
        while (rebuilding) totalsSeen.push((await search({})).total);
      })();
      async function* batches(): AsyncIterable<SearchDocument[]> {
        yield kept.slice(0, 3);
        await engine.upsert([writtenDuringRebuild]);
        await sleep(50);
        yield [...kept.slice(3), added];
      }

      await engine.replaceAll(batches(), (indexed) => progress.push(indexed));
      rebuilding = false;
      await searching;

      expect(progress).toEqual([3, 6]);
      expect(totalsSeen.length).toBeGreaterThan(0);
      expect(Math.min(...totalsSeen)).toBeGreaterThan(0);
      expect((await indexedIds(engine)).sort()).toEqual([...kept, added, writtenDuringRebuild].map((doc) => doc.id).sort());
      expect(await idsFor({ query: 'EBP' })).toEqual(['evidence-based-gemeente']);
      expect(await indexNames()).toEqual(['test']);
    });
  });

  describe('failures', () => {
    it('says what to do when Meilisearch is unreachable', async () => {
      const offline = new MeilisearchEngine({ host: 'http://127.0.0.1:9', apiKey: 'x' });
      await expect(offline.search({ query: 'x', limit: 1, offset: 0 })).rejects.toThrow(
        /Meilisearch is niet bereikbaar op http:\/\/127\.0\.0\.1:9.*MEILI_HOST/,
      );
      expect(await offline.isHealthy()).toBe(false);
    });

    it('says what to do when the API key is wrong', async () => {
      const wrongKey = new MeilisearchEngine({ host: server.host, apiKey: 'fout', indexName: 'test' });
      const failure = await wrongKey.listFingerprints().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SearchEngineError);
      expect((failure as SearchEngineError).message).toMatch(/MEILI_API_KEY/);
      expect(await wrongKey.isHealthy()).toBe(false);
    });

    it('restarts the server after it crashes, with the data intact', async () => {
      const crashedPid = server.pid as number;
      process.kill(crashedPid, 'SIGKILL');
      const deadline = Date.now() + 10_000;
      while (!(server.pid !== crashedPid && (await engine.isHealthy())) && Date.now() < deadline) await sleep(50);
      expect(server.pid).not.toBe(crashedPid);
      expect(await idsFor({ query: 'vakmanschap' })).toEqual(['vakmanschap-werkcoach']);
      expect(logger.warnings.join('\n')).toMatch(/onverwacht/);
    });
  });

  async function indexNames(): Promise<string[]> {
    const http = createKeepAliveHttpClient();
    const response = (await http(new URL('/indexes', server.host), {
      headers: { Authorization: `Bearer ${server.apiKey}` },
    })) as { results: { uid: string }[] };
    return response.results.map((index) => index.uid);
  }
});
