import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@werkkennis/api-core';
import { authorizeRole, DomainError, MAX_PAGE_SIZE, type MaybeActor, message } from '@werkkennis/kernel';
import { type KnowledgeGap, KnowledgeGapService, MIN_VISITS } from './knowledge-gap.service';

@ObjectType('KnowledgeGap', { description: 'Een zoekvraag die weinig of niets vindt en die minstens drie verschillende bezoeken stelden.' })
export class KnowledgeGapModel {
  @Field({ description: 'De genormaliseerde zoekvraag (kleine letters, zonder leestekens).' })
  query!: string;

  @Field(() => Int, { description: 'Hoeveel verschillende bezoeken dit vroegen (per dag geteld, niet te herleiden tot personen).' })
  visits!: number;

  @Field(() => Int, { description: 'Het hoogste aantal resultaten dat deze zoekvraag vond.' })
  results!: number;

  @Field({ description: 'De laatste dag waarop iemand dit vroeg (JJJJ-MM-DD).' })
  lastSeenOn!: string;
}

@Resolver(() => KnowledgeGapModel)
export class KnowledgeGapResolver {
  constructor(private readonly gaps: KnowledgeGapService) {}

  @Query(() => [KnowledgeGapModel], {
    description: `Kennislacunes: wat het veld zoekt en (bijna) niet vindt, vanaf ${MIN_VISITS} verschillende bezoeken; voor onderzoekers en beheerders.`,
  })
  knowledgeGaps(@CurrentActor() actor: MaybeActor, @Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<KnowledgeGap[]> {
    authorizeRole(actor, 'knowledgeGap.read');
    if (first < 1 || first > MAX_PAGE_SIZE) throw DomainError.invalidInput({ first: [message('validation.pageSize', { max: MAX_PAGE_SIZE })] });
    return this.gaps.list(first);
  }
}
