import { Injectable } from '@nestjs/common';
import { type Action, type Actor, authorize, authorizeRole, DomainError, isUuid, type MaybeActor, type Noun, POLICY } from '@werkkennis/kernel';
import type { EntityManager, EntityTarget, FindOptionsRelations, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { recordAudit } from './audit';
import { ContentChanges } from './content-changes';
import { enqueueOutbox, type OutboxSubject } from './outbox';
import { TransactionRunner } from './transaction-runner';

/** One record that a write created, changed or deleted. */
export interface Change {
  subjectType: string;
  subjectId: string;
  /** The organisation the record belongs to: whose trail it joins. */
  organizationId: string | null;
  before: object | null;
  /** Null when the record was deleted. */
  after: object | null;
  /** The search documents this change makes stale; `[]` states, on purpose, that none are. */
  reindex: OutboxSubject[];
  /** The trail's name for the change where it is more precise than the policy action (account.invite). */
  action?: string;
}

export interface LoadOptions<E> {
  relations?: FindOptionsRelations<E>;
  /** Row lock, so two writes to one record take turns (e.g. for version numbers). */
  lock?: boolean;
  /** Records the actor may not read are answered as unknown: nothing confirms that a hidden draft exists. */
  visible?: (record: E) => boolean;
}

/** What a write sees inside its transaction. */
export interface WriteContext {
  readonly manager: EntityManager;
  /** The actor, already checked to have a role that may do the action. */
  readonly actor: Actor;
  /** The record with this id, or NOT_FOUND (also for a malformed id, and for a record the actor may not see). */
  load<E extends ObjectLiteral & { id: string }>(entity: EntityTarget<E>, id: string, what: Noun, options?: LoadOptions<E>): Promise<E>;
  /** The ownership half of the policy, on the organisations the record belongs to. */
  authorizeOwnership(organizationIds: (string | null)[]): Actor;
  /** Records a change: it reaches the audit trail, and the search outbox where it makes documents stale. */
  record(change: Change): void;
}

/**
 * The one way content changes: authorize through the policy table, then in one transaction
 * load, apply, save, and write the audit trail and the search outbox for every recorded
 * change. A write cannot reach the database without passing here, so it cannot forget the
 * trail or leave the index stale; a refusal anywhere leaves nothing half-written.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly contentChanges: ContentChanges,
  ) {}

  async run<T>(actor: MaybeActor, action: Action, work: (write: WriteContext) => Promise<T>): Promise<T> {
    const authorized = authorizeRole(actor, action);
    const changes: Change[] = [];
    const result = await this.transactions.run(async (manager) => {
      let ownershipChecked = !POLICY[action].ownOrganizationOnly;
      const write: WriteContext = {
        manager,
        actor: authorized,
        async load(entity, id, what, options = {}) {
          const found = isUuid(id)
            ? await manager.findOne(entity, {
                where: { id } as FindOptionsWhere<never>,
                relations: options.relations,
                ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
              })
            : null;
          if (!found || (options.visible && !options.visible(found))) throw DomainError.notFound(what, id);
          return found;
        },
        authorizeOwnership(organizationIds) {
          ownershipChecked = true;
          return authorize(authorized, action, { organizationIds: organizationIds.filter((id): id is string => !!id) });
        },
        record(change) {
          changes.push(change);
        },
      };
      const outcome = await work(write);
      if (!ownershipChecked) throw new Error(`${action} changes one organisation's content but never checked who owns it`);
      for (const change of changes) {
        await recordAudit(manager, { ...change, action: change.action ?? action, actorId: authorized.userId });
        await enqueueOutbox(manager, ...change.reindex);
      }
      if (changes.length) await this.contentChanges.announce(manager);
      return outcome;
    });
    if (changes.length) this.contentChanges.committed();
    return result;
  }
}
