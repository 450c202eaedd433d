import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';

/** Drift checks: the committed schema file and the migrations match the code. */
describe('schema and migrations', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('has a committed schema.gql equal to the schema the code builds (run `npm start` once to refresh it)', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const committed = readFileSync(join(process.cwd(), 'apps', 'api', 'schema.gql'), 'utf8');
    const strip = (sdl: string) => sdl.replace(/^# .*\n/gm, '').trim();
    expect(strip(committed)).toBe(strip(printSchema(lexicographicSortSchema(schema))));
  });

  it('needs no migration beyond the committed ones', async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
