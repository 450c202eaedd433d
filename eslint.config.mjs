import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The domains and the other domains each may use: the allowed graph of docs/architecture.md
 * ("Domeingrenzen"). Every domain library carries the tag `domain:<name>`; an import of a
 * domain that is not listed here fails lint. Nothing but the app uses content-search or
 * demo-content.
 */
const DOMAIN_GRAPH = {
  organizations: [],
  identity: ['organizations'],
  interventions: ['organizations'],
  projects: ['organizations', 'interventions'],
  findings: ['projects'],
  // Term linking adds `termMentions` to projects, interventions and findings.
  vocabulary: ['organizations', 'identity', 'projects', 'interventions', 'findings'],
  // Sessions refer to terms and their work; knowledge flow reads interventions used in projects.
  network: ['organizations', 'interventions', 'projects', 'vocabulary'],
  // Experiences belong to an intervention; their authors and responders are people and organisations.
  'practice-experience': ['organizations', 'identity', 'interventions'],
  // Search documents are projections of every domain's published content.
  'content-search': ['organizations', 'interventions', 'projects', 'findings', 'vocabulary', 'practice-experience'],
  // A followed term and a saved search are searches; what is new comes from the projection of published content.
  follows: ['identity', 'content-search'],
  'demo-content': ['organizations', 'identity', 'interventions', 'projects', 'findings', 'vocabulary', 'network'],
  // The SPARQL endpoint answers from the vocabulary export's graph.
  'linked-data': ['vocabulary'],
};

/** The domains that own TypeORM entities. */
const ENTITY_OWNERS = ['organizations', 'identity', 'interventions', 'projects', 'findings', 'vocabulary', 'network', 'practice-experience', 'follows'];

/**
 * Domains meet through each other's services and ports, never through entities: an entity
 * (or an entity list) imported from another domain's library fails lint. `allowedOwners`
 * names the domains whose entities a declared exception may still read.
 */
const entityImportsRefused = (allowedOwners = []) => [
  'error',
  {
    patterns: [
      {
        group: ENTITY_OWNERS.filter((owner) => !allowedOwners.includes(owner)).map((owner) => `@werkkennis/${owner}`),
        importNamePattern: '(Entity|_ENTITIES)$',
        message: "Another domain's entity: use its service or port instead (docs/architecture.md, Domeingrenzen).",
      },
    ],
  },
];

/**
 * Module boundaries: apps compose; features may use data access, utilities and the domain;
 * the domain kernel imports no framework at all; each domain uses only the domains its entry
 * in DOMAIN_GRAPH lists.
 */
export default tseslint.config(
  { ignores: ['**/dist', '**/node_modules', '**/tmp', 'data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // Test infrastructure shared by specs (child processes for lock and crash tests) lives in tools/jest.
          allow: ['../../../../tools/jest/child-process'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:domain'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:domain'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'typeorm-*', '@electric-sql/*', 'meilisearch', 'express', 'graphql', 'dataloader', 'pg', 'react', 'react-*'],
            },
            ...Object.entries(DOMAIN_GRAPH).map(([domain, uses]) => ({
              sourceTag: `domain:${domain}`,
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain', ...uses.map((used) => `domain:${used}`)],
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: { 'no-restricted-imports': entityImportsRefused() },
  },
  {
    // Declared readers of every domain's rows: the projector builds search documents from them,
    // and the demo seeder writes them in bulk on a first start.
    files: ['libs/content-search/src/lib/search-projector.ts', 'libs/demo-content/src/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Known exception, to be replaced by ports: vocabulary's entities keep TypeORM relations to
    // users and organisations, and its SKOS import/export and definitions read them directly.
    files: [
      'libs/vocabulary/src/lib/definitions/definition.entity.ts',
      'libs/vocabulary/src/lib/definitions/definition.service.ts',
      'libs/vocabulary/src/lib/annotations/annotation.entity.ts',
      'libs/vocabulary/src/lib/standards/vocabulary-merge.ts',
      'libs/vocabulary/src/lib/standards/vocabulary-export.service.ts',
    ],
    rules: { 'no-restricted-imports': entityImportsRefused(['identity', 'organizations']) },
  },
  {
    // Hooks called conditionally or with stale dependencies are bugs React cannot report itself.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
