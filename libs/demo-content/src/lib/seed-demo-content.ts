import { EditorialState, type Perspective } from '@werkkennis/kernel';
import { FindingEntity, findingVersionOf, FindingVersionEntity } from '@werkkennis/findings';
import { hashPassword, UserEntity } from '@werkkennis/identity';
import { INTERVENTION_DEVELOPERS, InterventionEntity } from '@werkkennis/interventions';
import { LearningNetworkEntity, OrganizationEntity } from '@werkkennis/organizations';
import { addLinks } from '@werkkennis/persistence';
import { PROJECT_INTERVENTIONS, PROJECT_PARTNERS, ProjectEntity, ThemeEntity, themeKey } from '@werkkennis/projects';
import {
  AnnotationEntity,
  DefinitionEntity,
  DefinitionRelationEntity,
  DefinitionVersionEntity,
  INVERSE_TERM_RELATION,
  parseCitation,
  quoteOf,
  TermCollectionEntity,
  TermEntity,
  TermRelationEntity,
  versionOf,
} from '@werkkennis/vocabulary';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { findings } from './data/findings';
import { interventions } from './data/interventions';
import { learningNetworks } from './data/networks';
import { organizations } from './data/organizations';
import { projects } from './data/projects';
import { termCollections, terms } from './data/terms';
import { users } from './data/users';
import { seedSessions } from './seed-sessions';

/** The password of every demo account; demo data only, documented in the README. */
export const DEMO_PASSWORD = 'werkkennis-demo';

export type ProgressLog = (line: string) => void;

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (!found) throw new Error(`Demo-inhoud verwijst naar onbekende ${what} "${key}".`);
  return found;
}

/** Writes the whole demo content in one transaction: all of it or nothing. */
export async function seedDemoContent(
  dataSource: DataSource,
  log: ProgressLog,
  options: { replaceExisting: boolean } = { replaceExisting: false },
): Promise<void> {
  const started = Date.now();
  await dataSource.transaction(async (manager) => {
    if (options.replaceExisting) await clearContent(manager);
    await writeDemoContent(manager, log);
  });
  log(`Demo-inhoud klaar in ${Date.now() - started} ms.`);
}

/** Production must not run with accounts whose password is published in the README. */
export async function refuseDemoAccountsInProduction(dataSource: DataSource): Promise<void> {
  const demo = await dataSource.getRepository(UserEntity).findBy({ email: In(users.map((user) => user.email)) });
  if (demo.length) {
    throw new Error(
      `Productie weigert te starten: de database bevat demo-accounts (${demo.map((user) => user.email).join(', ')}). ` +
        'Verwijder ze, of start zonder NODE_ENV=production.',
    );
  }
}

/** Seeds only a database without organisations: the first start of an empty embedded database. */
export async function seedDemoContentIfEmpty(dataSource: DataSource, log: ProgressLog): Promise<boolean> {
  if ((await dataSource.getRepository(OrganizationEntity).count()) > 0) return false;
  log('Lege database: demo-inhoud wordt geladen…');
  await seedDemoContent(dataSource, log);
  return true;
}

async function clearContent(manager: EntityManager): Promise<void> {
  const tables = manager.connection.entityMetadatas.map((metadata) => `"${metadata.tableName}"`);
  await manager.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
}

async function writeDemoContent(manager: EntityManager, log: ProgressLog): Promise<void> {
  const step = (done: string, count: number) => log(`  ${String(count).padStart(3)} ${done}`);

  const savedOrganizations = await manager.save(OrganizationEntity, organizations.map((o) => manager.create(OrganizationEntity, o)));
  const organizationBySlug = new Map(savedOrganizations.map((o) => [o.slug, o]));
  step('organisaties', savedOrganizations.length);

  const savedNetworks = await manager.save(
    LearningNetworkEntity,
    learningNetworks.map(({ memberSlugs, ...network }) =>
      manager.create(LearningNetworkEntity, {
        ...network,
        members: memberSlugs.map((slug) => lookup(organizationBySlug, slug, 'organisatie')),
      }),
    ),
  );
  const networkBySlug = new Map(savedNetworks.map((n) => [n.slug, n]));
  step('lerende netwerken', savedNetworks.length);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const savedUsers = await manager.save(
    UserEntity,
    users.map(({ organizationSlug, ...user }) =>
      manager.create(UserEntity, {
        ...user,
        passwordHash,
        organizationId: organizationSlug ? lookup(organizationBySlug, organizationSlug, 'organisatie').id : null,
      }),
    ),
  );
  const userByEmail = new Map(savedUsers.map((u) => [u.email, u]));
  step('demo-accounts', savedUsers.length);

  const savedInterventions = await manager.save(
    InterventionEntity,
    interventions.map(({ developerOrganizationSlugs: _developers, practical, ...intervention }) => manager.create(InterventionEntity, { ...intervention, ...practical })),
  );
  await addLinks(
    manager,
    INTERVENTION_DEVELOPERS,
    interventions.flatMap(({ developerOrganizationSlugs }, index) =>
      developerOrganizationSlugs.map((slug) => [savedInterventions[index].id, lookup(organizationBySlug, slug, 'organisatie').id] as const),
    ),
  );
  const interventionBySlug = new Map(savedInterventions.map((i) => [i.slug, i]));
  step('interventies', savedInterventions.length);

  // The managed list of themes starts as the themes the demo projects are filed under.
  const themeNames = [...new Set(projects.flatMap((project) => project.themes))];
  await manager.save(ThemeEntity, themeNames.map((name) => manager.create(ThemeEntity, { name, key: themeKey(name), retiredAt: null })));
  step('thema’s', themeNames.length);

  const publishedAt = new Date();
  const savedProjects = await manager.save(
    ProjectEntity,
    projects.map(({ leadOrganizationSlug, partnerOrganizationSlugs: _partners, networkSlug, interventionSlugs: _interventions, published, ...project }) =>
      manager.create(ProjectEntity, {
        ...project,
        state: published ? EditorialState.PUBLISHED : EditorialState.DRAFT,
        publishedAt: published ? publishedAt : null,
        archivedAt: null,
        ownerOrganizationId: lookup(organizationBySlug, leadOrganizationSlug, 'organisatie').id,
        networkId: networkSlug ? lookup(networkBySlug, networkSlug, 'netwerk').id : null,
      }),
    ),
  );
  await addLinks(
    manager,
    PROJECT_PARTNERS,
    projects.flatMap(({ partnerOrganizationSlugs }, index) =>
      partnerOrganizationSlugs.map((slug) => [savedProjects[index].id, lookup(organizationBySlug, slug, 'organisatie').id] as const),
    ),
  );
  await addLinks(
    manager,
    PROJECT_INTERVENTIONS,
    projects.flatMap(({ interventionSlugs }, index) =>
      interventionSlugs.map((slug) => [savedProjects[index].id, lookup(interventionBySlug, slug, 'interventie').id] as const),
    ),
  );
  const projectBySlug = new Map(savedProjects.map((p) => [p.slug, p]));
  step('projecten', savedProjects.length);

  const savedFindings = await manager.save(
    FindingEntity,
    findings.map(({ projectSlug, ...finding }) =>
      manager.create(FindingEntity, { ...finding, projectId: lookup(projectBySlug, projectSlug, 'project').id }),
    ),
  );
  await manager.insert(
    FindingVersionEntity,
    savedFindings.map((finding) => findingVersionOf(finding, { changedById: null, changedAt: finding.createdAt, reason: null })),
  );
  step('bevindingen', savedFindings.length);

  const savedCollections = await manager.save(
    TermCollectionEntity,
    termCollections.map((collection) => manager.create(TermCollectionEntity, { ...collection, uri: null })),
  );
  const collectionBySlug = new Map(savedCollections.map((c) => [c.slug, c]));
  const savedTerms = await manager.save(
    TermEntity,
    terms.map(({ relations: _relations, definitionRelations: _definitionRelations, definitions: _definitions, collectionSlugs, ...term }) =>
      manager.create(TermEntity, {
        ...term,
        uri: null,
        collections: collectionSlugs.map((slug) => lookup(collectionBySlug, slug, 'collectie')),
      }),
    ),
  );
  const termBySlug = new Map(savedTerms.map((t) => [t.slug, t]));
  const relations = new Map<string, TermRelationEntity>();
  for (const term of terms) {
    for (const relation of term.relations) {
      const from = lookup(termBySlug, term.slug, 'begrip');
      const to = lookup(termBySlug, relation.termSlug, 'begrip');
      for (const [termId, relatedTermId, kind] of [
        [from.id, to.id, relation.kind],
        [to.id, from.id, INVERSE_TERM_RELATION[relation.kind]],
      ] as const) {
        relations.set(`${termId}/${relatedTermId}/${kind}`, manager.create(TermRelationEntity, { termId, relatedTermId, kind }));
      }
    }
  }
  await manager.save(TermRelationEntity, [...relations.values()]);
  step('begrippen', savedTerms.length);

  let definitionCount = 0;
  let annotationCount = 0;
  let definitionRelationCount = 0;
  for (const term of terms) {
    const definitionByPerspective = new Map<Perspective, DefinitionEntity>();
    for (const { annotations, organizationSlug, authorEmail, ...definition } of term.definitions) {
      const authorId = lookup(userByEmail, authorEmail, 'gebruiker').id;
      const credit = parseCitation(definition.source);
      const saved = await manager.save(
        DefinitionEntity,
        manager.create(DefinitionEntity, {
          ...definition,
          sourceTitle: credit.title,
          sourcePublisher: credit.publisher,
          sourceYear: credit.year,
          termId: lookup(termBySlug, term.slug, 'begrip').id,
          organizationId: organizationSlug ? lookup(organizationBySlug, organizationSlug, 'organisatie').id : null,
          authorId,
          version: 1,
        }),
      );
      await manager.insert(DefinitionVersionEntity, versionOf(saved, authorId));
      definitionByPerspective.set(saved.perspective, saved);
      definitionCount += 1;
      await manager.save(
        AnnotationEntity,
        annotations.map(({ authorEmail: annotator, quote, ...annotation }) =>
          manager.create(AnnotationEntity, {
            ...annotation,
            ...quotedIn(saved.text, quote),
            definitionId: saved.id,
            definitionVersion: saved.version,
            authorId: lookup(userByEmail, annotator, 'gebruiker').id,
          }),
        ),
      );
      annotationCount += annotations.length;
    }
    await manager.save(
      DefinitionRelationEntity,
      term.definitionRelations.map(({ from, to, statedByEmail, ...relation }) =>
        manager.create(DefinitionRelationEntity, {
          ...relation,
          fromDefinitionId: lookup(definitionByPerspective, from, `definitie van ${term.slug}`).id,
          toDefinitionId: lookup(definitionByPerspective, to, `definitie van ${term.slug}`).id,
          statedById: lookup(userByEmail, statedByEmail, 'gebruiker').id,
        }),
      ),
    );
    definitionRelationCount += term.definitionRelations.length;
  }
  step('definities', definitionCount);
  step('annotaties', annotationCount);
  step('relaties tussen definities', definitionRelationCount);

  const ids = <T extends { id: string }>(byKey: Map<string, T>) => new Map([...byKey].map(([key, record]) => [key, record.id]));
  step('bijeenkomsten', await seedSessions(manager, { organizations: ids(organizationBySlug), users: ids(userByEmail), terms: ids(termBySlug) }));
}

/** The quote columns of an annotation on these words of the definition (none without a quote). */
function quotedIn(text: string, quote: string | undefined): Partial<AnnotationEntity> {
  if (!quote) return { quoteExact: null };
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`Demo-inhoud citeert "${quote}", maar dat staat niet in de definitie.`);
  const span = { start, end: start + quote.length };
  const selector = quoteOf(text, span);
  return { quoteExact: selector.exact, quotePrefix: selector.prefix, quoteSuffix: selector.suffix, quoteStart: span.start, quoteEnd: span.end };
}
