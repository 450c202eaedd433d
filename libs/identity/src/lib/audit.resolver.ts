import { Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver, Args } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { CurrentActor } from '@werkkennis/api-core';
import { type Actor, auditChangesFor, authorizeRole, canReadAuditEntry, DomainError, isUuid, type MaybeActor, Role } from '@werkkennis/kernel';
import { AuditEntryEntity } from '@werkkennis/persistence';
import { GraphQLJSON } from './json.scalar';
import { Repository } from 'typeorm';

@ObjectType('AuditEntry', { description: 'Eén schrijfactie: wie, wat, wanneer, en welke velden van wat naar wat gingen.' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field()
  action!: string;

  @Field()
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => GraphQLJSON, { description: 'veld → { before, after }' })
  changes!: Record<string, unknown>;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  @Query(() => [AuditEntryModel], {
    description: 'De geschiedenis van één project, interventie, bevinding, account, begrip, definitie of annotatie, voor zover u die mag inzien: beheer alles, redacteuren en onderzoekers het werk van de eigen organisatie.',
  })
  async auditTrail(@CurrentActor() actor: MaybeActor, @Args('subjectId', { type: () => ID }) subjectId: string) {
    const reader = authorizeRole(actor, 'audit.read');
    const readable = (await this.recordedFor(reader, subjectId)).filter((entry) => canReadAuditEntry(reader, entry));
    // An unknown subject and one the reader may not see answer alike, so a hidden draft stays hidden.
    if (!readable.length) throw DomainError.notFound('noun.auditTrail', subjectId);
    return readable.map((entry) => ({ ...entry, changes: auditChangesFor(reader, entry.changes) }));
  }

  /** The subject's entries that could be the reader's: a non-admin reads only their own organisation's, so only those count toward the cap. */
  private async recordedFor(reader: Actor, subjectId: string): Promise<AuditEntryEntity[]> {
    const admin = reader.role === Role.ADMIN;
    if (!isUuid(subjectId) || (!admin && !reader.organizationId)) return [];
    const where = admin ? { subjectId } : { subjectId, organizationId: reader.organizationId! };
    return this.entries.find({ where, order: { createdAt: 'ASC', id: 'ASC' }, take: 500 });
  }
}
