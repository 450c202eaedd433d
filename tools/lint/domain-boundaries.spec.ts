import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Lint fixtures for the domain boundaries (docs/architecture.md, "Domeingrenzen"): the real
 * ESLint with the workspace's eslint.config.mjs, on snippets placed in a library's folder.
 * ESLint runs in a child process, as `npm run lint` runs it; it first builds the Nx project
 * graph, without which @nx/enforce-module-boundaries skips every file silently.
 */
const ROOT = join(__dirname, '../..');

const LINT_SNIPPETS = `
import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
await createProjectGraphAsync({ exitOnError: true });
const eslint = new ESLint();
const results = [];
for (const { filePath, code } of JSON.parse(process.argv[1])) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
console.log(JSON.stringify(results));
`;

interface Problem {
  ruleId: string | null;
  message: string;
}

const fixtures = {
  identityUsesInterventions: {
    filePath: 'libs/identity/src/lib/fixture.ts',
    code: `import { InterventionService } from '@werkkennis/interventions';\nexport const used = InterventionService;\n`,
  },
  identityImportsInterventionEntity: {
    filePath: 'libs/identity/src/lib/fixture.ts',
    code: `import { InterventionEntity } from '@werkkennis/interventions';\nexport const used = InterventionEntity;\n`,
  },
  projectsImportInterventionEntity: {
    filePath: 'libs/projects/src/lib/fixture.ts',
    code: `import { InterventionEntity } from '@werkkennis/interventions';\nexport const used = InterventionEntity;\n`,
  },
  interventionsImportOrganizationEntityType: {
    filePath: 'libs/interventions/src/lib/fixture.ts',
    code: `import type { OrganizationEntity } from '@werkkennis/organizations';\nexport type Used = OrganizationEntity;\n`,
  },
  findingsImportEntityList: {
    filePath: 'libs/findings/src/lib/fixture.ts',
    code: `import { PROJECT_ENTITIES } from '@werkkennis/projects';\nexport const used = PROJECT_ENTITIES;\n`,
  },
  projectsUseServices: {
    filePath: 'libs/projects/src/lib/fixture.ts',
    code: [
      `import { InterventionLoaders, InterventionModel, InterventionService } from '@werkkennis/interventions';`,
      `import { OrganizationService } from '@werkkennis/organizations';`,
      `export const used = [InterventionLoaders, InterventionModel, InterventionService, OrganizationService];`,
      '',
    ].join('\n'),
  },
  projectorReadsEntities: {
    filePath: 'libs/content-search/src/lib/search-projector.ts',
    code: `import { ProjectEntity } from '@werkkennis/projects';\nexport const used = ProjectEntity;\n`,
  },
};

type Fixture = keyof typeof fixtures;

describe('domain boundaries in lint', () => {
  let problems: Record<Fixture, Problem[]>;

  beforeAll(() => {
    const names = Object.keys(fixtures) as Fixture[];
    const cases = names.map((name) => ({ ...fixtures[name], filePath: join(ROOT, fixtures[name].filePath) }));
    const output = execFileSync(process.execPath, ['--input-type=module', '--eval', LINT_SNIPPETS, JSON.stringify(cases)], {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false' },
      encoding: 'utf8',
    });
    const results: Problem[][] = JSON.parse(output);
    problems = Object.fromEntries(names.map((name, index) => [name, results[index]])) as Record<Fixture, Problem[]>;
  });

  const rulesIn = (fixture: Fixture) => problems[fixture].map((problem) => problem.ruleId);

  it('refuses a domain that is not in the importing domain’s list (identity → interventions)', () => {
    expect(problems.identityUsesInterventions).toEqual([
      { ruleId: '@nx/enforce-module-boundaries', message: expect.stringContaining('"domain:identity" can only depend on') },
    ]);
  });

  it('refuses another domain’s entity even where the domain itself is allowed (projects → InterventionEntity)', () => {
    expect(problems.projectsImportInterventionEntity).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining("Another domain's entity") },
    ]);
  });

  it('refuses the entity on both counts where neither is allowed (identity → InterventionEntity)', () => {
    expect(rulesIn('identityImportsInterventionEntity').sort()).toEqual(['@nx/enforce-module-boundaries', 'no-restricted-imports']);
  });

  it('refuses type-only entity imports and entity lists too', () => {
    expect(rulesIn('interventionsImportOrganizationEntityType')).toEqual(['no-restricted-imports']);
    expect(rulesIn('findingsImportEntityList')).toEqual(['no-restricted-imports']);
  });

  it('passes what the graph allows: services, loaders and models of the domains a domain may use', () => {
    expect(problems.projectsUseServices).toEqual([]);
  });

  it('lets the declared reader, the search projector, read entities', () => {
    expect(problems.projectorReadsEntities).toEqual([]);
  });
});
