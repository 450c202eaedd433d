import type { QueryRunner } from 'typeorm';
import { DefinitionSourceCredit1763900000061 } from './1763900000061-definition-source-credit';

const TILBURG = { id: 'org-tilburg', name: 'Tilburg University', website: 'https://www.tilburguniversity.example' };
const NVVA = { id: 'org-nvva', name: 'Nederlandse Vereniging van Arbeidsdeskundigen (NVvA)', website: 'https://www.nvva.example' };
const SZW = { id: 'org-szw', name: 'Ministerie van Sociale Zaken en Werkgelegenheid', website: 'https://www.szw.example' };

/** Runs the migration over these definitions and returns what it wrote for each. */
async function migrate(definitions: { id: string; source: string; sourceUrl?: string | null; organizationId: string | null; authorOrganizationId: string | null }[]) {
  const updates = new Map<string, { title: string; publisher: string; year: number | null; organizationId: string | null }>();
  const runner = {
    query: async (sql: string, parameters?: unknown[]) => {
      if (sql.includes('FROM "organization"')) return [TILBURG, NVVA, SZW];
      if (sql.includes('FROM "definition" d')) return definitions.map((definition) => ({ sourceUrl: null, ...definition }));
      if (sql.startsWith('UPDATE "definition"')) {
        const [id, title, publisher, year, organizationId] = parameters as [string, string, string, number | null, string | null];
        updates.set(id, { title, publisher, year, organizationId });
      }
      return [];
    },
  } as unknown as QueryRunner;
  await new DefinitionSourceCredit1763900000061().up(runner);
  return updates;
}

describe('migration: a definition source apart from who entered it', () => {
  it('credits the organisation the citation names, not the author\'s', async () => {
    const written = await migrate([{ id: 'd1', source: 'Verslag praktijkbijeenkomst Onderbouwd adviseren, NVvA, 2023', organizationId: TILBURG.id, authorOrganizationId: TILBURG.id }]);
    expect(written.get('d1')).toEqual({ title: 'Verslag praktijkbijeenkomst Onderbouwd adviseren', publisher: 'NVvA', year: 2023, organizationId: NVVA.id });
  });

  it('drops an organisation taken from the author when the citation names an outside party', async () => {
    const written = await migrate([{ id: 'd2', source: 'Handreiking onderbouwd werken, Divosa, 2022', organizationId: TILBURG.id, authorOrganizationId: TILBURG.id }]);
    expect(written.get('d2')).toEqual({ title: 'Handreiking onderbouwd werken', publisher: 'Divosa', year: 2022, organizationId: null });
  });

  it('keeps an organisation that is the source, recognised by name or by the link to its website', async () => {
    const written = await migrate([
      { id: 'd3', source: 'Gewogen Maatwerk: een afwegingskader, Tilburg University, 2022', organizationId: TILBURG.id, authorOrganizationId: TILBURG.id },
      { id: 'd4', source: 'Kamerbrief Effectiviteit, ministerie van SZW, 2020', sourceUrl: 'https://www.szw.example/kamerstukken/x', organizationId: SZW.id, authorOrganizationId: SZW.id },
      { id: 'd5', source: 'Werkdocument, 2025', organizationId: TILBURG.id, authorOrganizationId: TILBURG.id },
    ]);
    expect(written.get('d3')).toMatchObject({ publisher: 'Tilburg University', organizationId: TILBURG.id });
    expect(written.get('d4')).toMatchObject({ title: 'Kamerbrief Effectiviteit', publisher: 'ministerie van SZW', year: 2020, organizationId: SZW.id });
    expect(written.get('d5')).toEqual({ title: 'Werkdocument', publisher: '', year: 2025, organizationId: TILBURG.id });
  });
});
