import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DigestService } from './digest.service';
import { FeedController } from './feed.controller';
import { FeedLinks } from './feed-links';
import { FollowEntity, FollowSettingsEntity } from './follow.entity';
import { FollowResolver } from './follow.resolver';
import { FollowService } from './follow.service';

/** Following, the Gevolgd page's news, Atom feeds and the weekly digest; search (content-search) and mail (identity) are global. */
@Module({
  imports: [TypeOrmModule.forFeature([FollowEntity, FollowSettingsEntity])],
  controllers: [FeedController],
  providers: [FollowService, FollowResolver, FeedLinks, DigestService],
  exports: [FollowService, DigestService],
})
export class FollowsModule {}

export const FOLLOW_ENTITIES = [FollowEntity, FollowSettingsEntity];
