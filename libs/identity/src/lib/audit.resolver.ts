import { Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver, Args } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { CurrentActor } from '@werkkennis/api-core';
import { authorize, authorizeRole, DomainError, isUuid, type MaybeActor } from '@werkkennis/kernel';
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

  @Query(() => [AuditEntryModel], { description: 'De geschiedenis van één project, interventie, bevinding, account, begrip, definitie of annotatie: voor beheer en de eigen organisatie.' })
  async auditTrail(@CurrentActor() actor: MaybeActor, @Args('subjectId', { type: () => ID }) subjectId: string) {
    authorizeRole(actor, 'audit.read');
    const entries = isUuid(subjectId) ? await this.entries.find({ where: { subjectId }, order: { createdAt: 'ASC', id: 'ASC' }, take: 500 }) : [];
    if (!entries.length) throw DomainError.notFound('Geschiedenis', subjectId);
    const owners = [...new Set(entries.map((entry) => entry.organizationId).filter((id): id is string => !!id))];
    authorize(actor, 'audit.read', { organizationIds: owners });
    return entries;
  }
}
