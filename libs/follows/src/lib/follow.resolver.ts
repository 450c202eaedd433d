import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AskedLanguage, CurrentActor } from '@werkkennis/api-core';
import type { Language, MaybeActor } from '@werkkennis/kernel';
import { FeedLinks } from './feed-links';
import type { FollowEntity } from './follow.entity';
import { FollowIdArgs, FollowInput } from './follow.inputs';
import { FollowedNewsModel, FollowModel, FollowSettingsModel } from './follow.model';
import { FollowService } from './follow.service';

@Resolver(() => FollowModel)
export class FollowResolver {
  constructor(
    private readonly followService: FollowService,
    private readonly links: FeedLinks,
  ) {}

  @Query(() => [FollowModel], { description: 'Wat u volgt, oudste eerst.' })
  follows(@CurrentActor() actor: MaybeActor) {
    return this.followService.mine(actor);
  }

  @Query(() => FollowedNewsModel, { description: 'Wat nieuw is bij wat u volgt sinds uw vorige bezoek aan Gevolgd (de eerste keer: alles).' })
  followedNews(@CurrentActor() actor: MaybeActor) {
    return this.followService.news(actor);
  }

  @Query(() => FollowSettingsModel)
  followSettings(@CurrentActor() actor: MaybeActor) {
    return this.followService.settings(actor);
  }

  @Mutation(() => FollowModel, { description: 'Volg een begrip, interventie of organisatie, of sla een zoekopdracht op om te volgen.' })
  follow(@CurrentActor() actor: MaybeActor, @Args('input') input: FollowInput) {
    return this.followService.follow(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Volg iets niet meer.' })
  unfollow(@CurrentActor() actor: MaybeActor, @Args() { id }: FollowIdArgs) {
    return this.followService.unfollow(actor, id);
  }

  @Mutation(() => FollowSettingsModel, { description: 'U hebt Gevolgd bekeken: wat het toonde, is niet meer nieuw.' })
  markFollowsSeen(@CurrentActor() actor: MaybeActor) {
    return this.followService.markSeen(actor);
  }

  @Mutation(() => FollowSettingsModel, { description: 'Zet de wekelijkse e-mail met wat nieuw is aan of uit (standaard uit).' })
  setWeeklyDigest(@CurrentActor() actor: MaybeActor, @Args('weekly') weekly: boolean, @AskedLanguage() language: Language) {
    return this.followService.setWeeklyDigest(actor, weekly, language);
  }

  @ResolveField(() => String, { nullable: true, description: 'Het Atom-feed van wat u volgt; bij een zoekopdracht een geheime link: deel hem niet.' })
  feedUrl(@Parent() follow: FollowEntity) {
    return this.links.forFollow(follow);
  }
}
