import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningNetworkEntity, OrganizationEntity } from './organization.entity';
import { OrganizationLoaders } from './organization.loaders';
import { LearningNetworkResolver, OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, LearningNetworkEntity])],
  providers: [OrganizationService, OrganizationLoaders, OrganizationResolver, LearningNetworkResolver],
  exports: [OrganizationService, OrganizationLoaders],
})
export class OrganizationsModule {}

export const ORGANIZATION_ENTITIES = [OrganizationEntity, LearningNetworkEntity];
