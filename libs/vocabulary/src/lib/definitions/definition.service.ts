import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserEntity } from '@werkkennis/identity';
import { type Actor, type Authorship, Convergence, DefinitionRelationKind, DomainError, type MaybeActor, message, refuseNulls } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { type Change, groupedBy, inOrderOf, UnitOfWork } from '@werkkennis/persistence';
import { DataSource, type EntityManager, In } from 'typeorm';
import { assertOwnWork } from '../own-work';
import { TermEntity } from '../terms/term.entity';
import { DefinitionEntity, DefinitionRelationEntity, DefinitionVersionEntity, versionOf } from './definition.entity';
import type { AddDefinitionInput, RelateDefinitionsInput, UpdateDefinitionInput } from './definition.inputs';
import { citationOf, parseCitation, type SourceCredit } from './source-credit';

type SourceFields = Pick<DefinitionEntity, 'organizationId' | 'source' | 'sourceTitle' | 'sourcePublisher' | 'sourceYear'>;

/** The source as stored; a citation without fields (an import) is read into fields. */
function storedCredit(definition: DefinitionEntity): SourceCredit {
  const fielded = definition.sourceTitle || definition.sourcePublisher || definition.sourceYear !== null;
  return fielded ? { title: definition.sourceTitle, publisher: definition.sourcePublisher, year: definition.sourceYear } : parseCitation(definition.source);
}

/** The credit the input gives: its fields, or else its one-line citation read into fields; what it omits stays as `current`. */
function creditFrom(input: AddDefinitionInput | UpdateDefinitionInput, current: SourceCredit): SourceCredit {
  const fielded = input.sourceTitle !== undefined || input.sourcePublisher !== undefined || input.sourceYear !== undefined;
  if (!fielded) return input.source === undefined ? current : parseCitation(input.source);
  return {
    title: input.sourceTitle?.trim() ?? current.title,
    publisher: input.sourcePublisher?.trim() ?? current.publisher,
    year: input.sourceYear === undefined ? current.year : input.sourceYear,
  };
}

/** A definition is part of its term's search document. */
const definitionChange = (actor: Actor, before: object | null, after: DefinitionEntity): Change => ({
  subjectType: 'DEFINITION',
  subjectId: after.id,
  organizationId: actor.organizationId,
  before,
  after,
  reindex: [{ type: 'TERM', id: after.termId }],
});

/** Filed under the definition it starts from, so that definition's trail shows it; relations are not searched. */
const relationChange = (actor: Actor, before: DefinitionRelationEntity | null, after: DefinitionRelationEntity | null): Change => ({
  subjectType: 'DEFINITION',
  subjectId: (after ?? before)!.fromDefinitionId,
  organizationId: actor.organizationId,
  before,
  after,
  reindex: [],
});

export interface TermConvergence {
  state: Convergence;
  agreeing: number;
  conflicting: number;
}

/** Definitions per perspective, their version history, and what researchers state about how they relate. */
@Injectable()
export class DefinitionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: UnitOfWork,
  ) {}

  /** For DataLoader: each term's definitions, oldest first. */
  async definitionsOf(termIds: readonly string[]): Promise<DefinitionEntity[][]> {
    const rows = await this.dataSource.getRepository(DefinitionEntity).find({ where: { termId: In([...termIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupedBy(termIds, rows, (row) => row.termId);
  }

  async byIds(ids: readonly string[]): Promise<(DefinitionEntity | null)[]> {
    return inOrderOf(ids, await this.dataSource.getRepository(DefinitionEntity).findBy({ id: In([...ids]) }));
  }

  /** For DataLoader: each definition's versions, oldest first. */
  async versionsOf(definitionIds: readonly string[]): Promise<DefinitionVersionEntity[][]> {
    const rows = await this.dataSource.getRepository(DefinitionVersionEntity).find({
      where: { definitionId: In([...definitionIds]) },
      order: { version: 'ASC' },
    });
    return groupedBy(definitionIds, rows, (row) => row.definitionId);
  }

  /** For DataLoader: the relations each definition takes part in, on either side. */
  async relationsOf(definitionIds: readonly string[]): Promise<DefinitionRelationEntity[][]> {
    const ids = [...definitionIds];
    const rows = await this.dataSource.getRepository(DefinitionRelationEntity).find({
      where: [{ fromDefinitionId: In(ids) }, { toDefinitionId: In(ids) }],
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return definitionIds.map((id) => rows.filter((row) => row.fromDefinitionId === id || row.toDefinitionId === id));
  }

  /** For DataLoader: per term, how many stated relations agree and how many conflict. */
  async convergenceOf(termIds: readonly string[]): Promise<TermConvergence[]> {
    const rows: { termId: string; kind: DefinitionRelationKind; count: number }[] = await this.dataSource.query(
      `SELECT definition.term_id AS "termId", relation.kind AS kind, count(*)::int AS count
         FROM definition_relation relation JOIN definition ON definition.id = relation.from_definition_id
        WHERE definition.term_id = ANY($1)
        GROUP BY definition.term_id, relation.kind`,
      [[...termIds]],
    );
    return groupedBy(termIds, rows, (row) => row.termId).map((group) => {
      const conflicting = group.filter((row) => row.kind === DefinitionRelationKind.CONFLICTS_WITH).reduce((sum, row) => sum + row.count, 0);
      const agreeing = group.reduce((sum, row) => sum + row.count, 0) - conflicting;
      const state = !agreeing && !conflicting ? Convergence.NOT_ASSESSED : conflicting >= agreeing ? Convergence.CONTESTED : Convergence.CONVERGING;
      return { state, agreeing, conflicting };
    });
  }

  add(actor: MaybeActor, input: AddDefinitionInput): Promise<DefinitionEntity> {
    return this.writes.run(actor, 'definition.add', async (write) => {
      const { manager, actor: author } = write;
      const term = await write.load(TermEntity, input.termId, 'noun.term');
      // The source's publisher is named, never taken from the author's organisation.
      const sourceFields = await this.sourceFields(manager, input.organizationId ?? null, creditFrom(input, { title: '', publisher: '', year: null }));
      const saved = await manager.save(
        manager.create(DefinitionEntity, {
          termId: term.id,
          text: input.text,
          perspective: input.perspective,
          ...sourceFields,
          sourceUrl: input.sourceUrl ?? null,
          authorId: author.userId,
          version: 1,
        }),
      );
      await manager.insert(DefinitionVersionEntity, versionOf(saved, author.userId));
      write.record(definitionChange(author, null, saved));
      return saved;
    });
  }

  /**
   * A revision is a new version, with the reviser's change note; the earlier ones stay as they
   * were. The author, colleagues of the author's organisation and admins revise.
   */
  update(actor: MaybeActor, id: string, input: UpdateDefinitionInput): Promise<DefinitionEntity> {
    return this.writes.run(actor, 'definition.update', async (write) => {
      const { manager, actor: editor } = write;
      // Locked, so two simultaneous edits on PostgreSQL cannot both become version n + 1.
      const definition = await write.load(DefinitionEntity, id, 'noun.definition', { lock: true });
      assertOwnWork(editor, 'definition.update', await this.authorshipOf(manager, definition), 'work.definition');
      refuseNulls(input, ['text', 'source', 'sourceTitle', 'sourcePublisher']);
      const credit = creditFrom(input, storedCredit(definition));
      const organizationId = input.organizationId === undefined ? definition.organizationId : input.organizationId;
      const next = {
        text: input.text ?? definition.text,
        ...(await this.sourceFields(manager, organizationId, credit)),
        sourceUrl: input.sourceUrl === undefined ? definition.sourceUrl : input.sourceUrl,
      };
      if ((Object.keys(next) as (keyof typeof next)[]).every((field) => next[field] === definition[field])) return definition;
      const before = { ...definition };
      Object.assign(definition, next, { version: definition.version + 1 });
      const saved = await manager.save(definition);
      await manager.insert(DefinitionVersionEntity, versionOf(saved, editor.userId, input.changeNote?.trim() || null));
      write.record(definitionChange(editor, before, saved));
      return saved;
    });
  }

  /** The stored source: its organisation (checked to exist), its fields, and the citation made of them. */
  private async sourceFields(manager: EntityManager, organizationId: string | null, credit: SourceCredit): Promise<SourceFields> {
    const organization = organizationId ? await manager.findOne(OrganizationEntity, { where: { id: organizationId }, select: { id: true, name: true } }) : null;
    if (organizationId && !organization) throw DomainError.invalidInput({ organizationId: [message('validation.unknownOrganization')] });
    return {
      organizationId,
      source: citationOf(credit, organization?.name ?? null),
      sourceTitle: credit.title,
      sourcePublisher: credit.publisher,
      sourceYear: credit.year,
    };
  }

  /** The author and the organisation they belong to now: colleagues may revise a definition too. */
  private async authorshipOf(manager: EntityManager, definition: DefinitionEntity): Promise<Authorship> {
    const author = await manager.findOne(UserEntity, { where: { id: definition.authorId }, select: { id: true, organizationId: true } });
    return { authorId: definition.authorId, authorOrganizationId: author?.organizationId ?? null };
  }

  /**
   * A researcher's statement about two definitions of one term. Stating it again, in either
   * direction, replaces the researcher's earlier statement about that pair.
   */
  relate(actor: MaybeActor, input: RelateDefinitionsInput): Promise<DefinitionRelationEntity> {
    return this.writes.run(actor, 'definition.relate', async (write) => {
      const { manager, actor: researcher } = write;
      if (input.fromDefinitionId === input.toDefinitionId) {
        throw DomainError.invalidInput({ toDefinitionId: [message('validation.twoDifferentDefinitions')] });
      }
      const from = await write.load(DefinitionEntity, input.fromDefinitionId, 'noun.definition');
      const to = await write.load(DefinitionEntity, input.toDefinitionId, 'noun.definition');
      if (from.termId !== to.termId) {
        throw DomainError.invalidInput({ toDefinitionId: [message('validation.sameTermDefinitions')] });
      }
      await manager.delete(DefinitionRelationEntity, { fromDefinitionId: to.id, toDefinitionId: from.id, statedById: researcher.userId });
      const earlier = await manager.findOneBy(DefinitionRelationEntity, { fromDefinitionId: from.id, toDefinitionId: to.id, statedById: researcher.userId });
      const before = earlier ? { ...earlier } : null;
      const saved = await manager.save(
        Object.assign(earlier ?? manager.create(DefinitionRelationEntity, { fromDefinitionId: from.id, toDefinitionId: to.id, statedById: researcher.userId }), {
          kind: input.kind,
          reason: input.reason,
        }),
      );
      write.record(relationChange(researcher, before, saved));
      return saved;
    });
  }

  /** Takes back a stated relation (its researcher, or an admin); the term's convergence follows. Returns its id. */
  withdrawRelation(actor: MaybeActor, id: string): Promise<string> {
    return this.writes.run(actor, 'definition.withdrawRelation', async (write) => {
      const relation = await write.load(DefinitionRelationEntity, id, 'noun.relation');
      assertOwnWork(write.actor, 'definition.withdrawRelation', { authorId: relation.statedById }, 'work.relation');
      await write.manager.delete(DefinitionRelationEntity, { id: relation.id });
      write.record(relationChange(write.actor, relation, null));
      return relation.id;
    });
  }
}
