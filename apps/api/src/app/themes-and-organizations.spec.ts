import { MIGRATIONS } from '@werkkennis/persistence';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

type Facets = { name: string; values: { value: string; count: number }[] }[];

const THEMES = 'query($includeRetired: Boolean) { themes(includeRetired: $includeRetired) { id name retiredAt } }';
const CREATE_THEME = 'mutation($name: String!) { createTheme(name: $name) { id name } }';
const RENAME_THEME = 'mutation($id: ID!, $name: String!) { renameTheme(id: $id, name: $name) { id name } }';
const RETIRE_THEME = 'mutation($id: ID!) { retireTheme(id: $id) { id retiredAt } }';
const CREATE_ORGANIZATION = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug name kind region website } }';
const UPDATE_ORGANIZATION = 'mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id slug name kind region website } }';

/** The managed theme list and organisations, kept by admins; through GraphQL over HTTP on the real app and Meilisearch. */
describe('themes and organisations in the admin screen', () => {
  let api: TestApp;
  let admin: string;
  let editor: string;
  const operation = contractOperations();

  const facetsFor = async (facet: string, query = ''): Promise<Facets> => {
    const result = await api.graphql(operation.Search, { input: { query, facets: [facet] } });
    expect(result.errors).toBeUndefined();
    return result.data!.search.facets;
  };
  const facetValues = async (facet: string, query = '') => (await facetsFor(facet, query))[0].values.map((v) => v.value);

  beforeAll(async () => {
    api = await startTestApp();
    admin = await api.login(DEMO.admin);
    editor = await api.login(DEMO.tilburgEditor);
  });
  afterAll(() => api.close());

  describe('themes', () => {
    it('lists the managed themes for anyone, by name', async () => {
      const names = (await api.graphql(THEMES)).data!.themes.map((theme: { name: string }) => theme.name);
      expect(names).toContain('Gewogen Maatwerk');
      expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    });

    it('lets admins add a theme, and refuses a second spelling of an existing one, in the language asked for', async () => {
      const created = await api.graphql(CREATE_THEME, { name: '  Werk en mantelzorg ' }, admin);
      expect(created.data!.createTheme.name).toBe('Werk en mantelzorg');
      const again = await api.graphql(CREATE_THEME, { name: 'werk  EN mantelzorg' }, admin);
      expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: ['Het thema "Werk en mantelzorg" bestaat al. Kies een andere naam, of gebruik het bestaande thema.'] } });
      const english = await api.graphql(CREATE_THEME, { name: 'Werk-en-mantelzorg' }, admin, { 'Accept-Language': 'en' });
      expect(english.errors![0].extensions!.fields!.name[0]).toMatch(/already exists/);
    });

    it('refuses theme changes by anyone but an admin', async () => {
      const result = await api.graphql(CREATE_THEME, { name: 'Eigen thema' }, editor);
      expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('files a project under the list’s spelling, and refuses themes that are not on the list', async () => {
      const created = await api.graphql(operation.CreateProject, { input: projectInput({ themes: ['gewogen  maatwerk', 'Gewogen-Maatwerk'] }) }, editor);
      expect(created.errors).toBeUndefined();
      const project = await api.graphql('query($slug: String!) { project(slug: $slug) { themes } }', { slug: created.data!.createProject.slug }, editor);
      expect(project.data!.project.themes).toEqual(['Gewogen Maatwerk']);

      const refused = await api.graphql(operation.CreateProject, { input: projectInput({ themes: ['Werk en ruimtevaart'] }) }, editor);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { themes: [expect.stringContaining('Werk en ruimtevaart')] } });
    });

    it('renames a theme on every project, and the search facet follows', async () => {
      const theme = (await api.graphql(CREATE_THEME, { name: 'Werk en sport' }, admin)).data!.createTheme;
      const project = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Sportief naar werk', themes: ['Werk en sport', 'Vakmanschap'] }) }, editor)).data!.createProject;
      await api.graphql(operation.PublishProject, { id: project.id }, editor);
      await api.indexer.drain();
      expect(await facetValues('themes', 'sportief')).toContain('Werk en sport');

      const renamed = await api.graphql(RENAME_THEME, { id: theme.id, name: 'Sport en werk' }, admin);
      expect(renamed.errors).toBeUndefined();
      const themes = (await api.graphql('query($slug: String!) { project(slug: $slug) { themes } }', { slug: project.slug })).data!.project.themes;
      expect(themes).toEqual(['Sport en werk', 'Vakmanschap']);
      await api.indexer.drain();
      const values = await facetValues('themes', 'sportief');
      expect(values).toContain('Sport en werk');
      expect(values).not.toContain('Werk en sport');
      const audit = await api.dataSource.query(`SELECT action FROM audit_entry WHERE subject_type = 'THEME' AND subject_id = $1 ORDER BY id`, [theme.id]);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['theme.manage', 'theme.manage']);
    });

    it('retires a theme: no longer offered or chosen, but kept on the projects that have it', async () => {
      const theme = (await api.graphql(CREATE_THEME, { name: 'Werk en muziek' }, admin)).data!.createTheme;
      const project = (await api.graphql(operation.CreateProject, { input: projectInput({ themes: ['Werk en muziek'] }) }, editor)).data!.createProject;
      expect((await api.graphql(RETIRE_THEME, { id: theme.id }, admin)).data!.retireTheme.retiredAt).toBeTruthy();

      const offered = (await api.graphql(THEMES)).data!.themes.map((t: { name: string }) => t.name);
      expect(offered).not.toContain('Werk en muziek');
      const all = (await api.graphql(THEMES, { includeRetired: true })).data!.themes.map((t: { name: string }) => t.name);
      expect(all).toContain('Werk en muziek');

      const refused = await api.graphql(operation.CreateProject, { input: projectInput({ themes: ['Werk en muziek'] }) }, editor);
      expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const kept = await api.graphql(operation.UpdateProject, { id: project.id, input: { themes: ['Werk en muziek', 'Vakmanschap'] } }, editor);
      expect(kept.errors).toBeUndefined();
      const again = await api.graphql(RETIRE_THEME, { id: theme.id }, admin);
      expect(again.errors![0].extensions!.fields).toEqual({ id: ['Dit thema is al uit gebruik genomen.'] });
    });

    it('maps free-text themes onto one list in the migration: case, spacing, hyphens and known variants', async () => {
      // In a transaction that is rolled back: free text in, the list and mapped projects out.
      const ManagedThemes = MIGRATIONS.find((migration) => migration.name === 'ManagedThemes1763900000080')!;
      const runner = api.dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`UPDATE project SET themes = ARRAY['gewogen maatwerk', 'Werk en gezondheid', 'EBP'] WHERE slug = (SELECT slug FROM project ORDER BY slug LIMIT 1)`);
        await runner.query('DROP TABLE theme');
        await new ManagedThemes().up(runner);
        const mapped = await runner.query('SELECT themes FROM project ORDER BY slug LIMIT 1');
        expect(mapped[0].themes).toEqual(['Gewogen Maatwerk', 'Werk en psychische gezondheid', 'Evidence-based werken']);
        const names = (await runner.query('SELECT name FROM theme')).map((row: { name: string }) => row.name);
        expect(names.filter((name: string) => /gewogen maatwerk/i.test(name))).toEqual(['Gewogen Maatwerk']);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });
  });

  describe('organisations', () => {
    it('lets admins create an organisation and edit it; the slug stays', async () => {
      const created = await api.graphql(CREATE_ORGANIZATION, { input: { name: 'Gemeente Zundert', kind: 'MUNICIPALITY', region: 'West-Brabant', website: 'https://www.zundert.nl' } }, admin);
      expect(created.errors).toBeUndefined();
      expect(created.data!.createOrganization).toMatchObject({ slug: 'gemeente-zundert', kind: 'MUNICIPALITY', region: 'West-Brabant', website: 'https://www.zundert.nl' });
      const updated = await api.graphql(UPDATE_ORGANIZATION, { id: created.data!.createOrganization.id, input: { name: 'Gemeente Zundert (werk en inkomen)', region: null } }, admin);
      expect(updated.data!.updateOrganization).toMatchObject({ slug: 'gemeente-zundert', name: 'Gemeente Zundert (werk en inkomen)', region: null });
      const audit = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE subject_type = 'ORGANIZATION' AND subject_id = $1`, [created.data!.createOrganization.id]);
      expect(audit[0].n).toBe(2);
    });

    it('names what is wrong per field, in Dutch and in English', async () => {
      const input = { name: ' ', kind: 'MUNICIPALITY', website: 'zundert.nl' };
      const dutch = await api.graphql(CREATE_ORGANIZATION, { input }, admin);
      expect(dutch.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: ['Dit veld is verplicht.'], website: ['Gebruik een volledig webadres dat begint met https://.'] },
      });
      const english = await api.graphql(CREATE_ORGANIZATION, { input }, admin, { 'Accept-Language': 'en' });
      expect(english.errors![0].extensions!.fields).toEqual({ name: ['This field is required.'], website: ['Use a full web address starting with https://.'] });
      const taken = await api.graphql(CREATE_ORGANIZATION, { input: { name: 'gemeente tilburg', kind: 'MUNICIPALITY' } }, admin);
      expect(taken.errors![0].extensions!.fields).toEqual({ name: ['Er is al een organisatie "Gemeente Tilburg". Kies een andere naam, of wijzig de bestaande organisatie.'] });
    });

    it('refuses everyone but admins', async () => {
      const result = await api.graphql(CREATE_ORGANIZATION, { input: { name: 'Eigen club', kind: 'OTHER' } }, editor);
      expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('renames the organisation in the search facets of its projects', async () => {
      const organization = (await api.graphql(CREATE_ORGANIZATION, { input: { name: 'Werkbedrijf Zuid', kind: 'OTHER' } }, admin)).data!.createOrganization;
      const project = (await api.graphql(operation.CreateProject, { input: projectInput({ title: 'Zuidelijke werkroute', organizationId: organization.id }) }, admin)).data!.createProject;
      await api.graphql(operation.PublishProject, { id: project.id }, admin);
      await api.indexer.drain();
      expect(await facetValues('organization', 'zuidelijke werkroute')).toContain('Werkbedrijf Zuid');
      await api.graphql(UPDATE_ORGANIZATION, { id: organization.id, input: { name: 'Werkbedrijf Zuid-Holland' } }, admin);
      await api.indexer.drain();
      const values = await facetValues('organization', 'zuidelijke werkroute');
      expect(values).toContain('Werkbedrijf Zuid-Holland');
      expect(values).not.toContain('Werkbedrijf Zuid');
    });
  });

  describe('search results for practitioners', () => {
    it('orders the Erkenningsniveau facet by the ladder, not by count', async () => {
      const values = await facetValues('evidenceLevel');
      const ladder = ['WELL_DESCRIBED', 'THEORETICALLY_SOUND', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS'];
      expect(values.length).toBeGreaterThan(1);
      expect(values).toEqual(ladder.filter((level) => values.includes(level)));
    });

    it('gives each intervention hit its evidence level for the result card, and other hits none', async () => {
      const query = 'query($input: SearchInput!) { search(input: $input) { hits { type evidenceLevel highlight } } }';
      const hits = (await api.graphql(query, { input: { query: 'werk', limit: 50 } })).data!.search.hits as { type: string; evidenceLevel: string | null }[];
      const interventions = hits.filter((hit) => hit.type === 'INTERVENTION');
      expect(interventions.length).toBeGreaterThan(0);
      expect(interventions.every((hit) => !!hit.evidenceLevel)).toBe(true);
      expect(hits.filter((hit) => hit.type !== 'INTERVENTION').every((hit) => hit.evidenceLevel === null)).toBe(true);
    });
  });
});
