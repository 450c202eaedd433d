import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@werkkennis/organizations';
import { EvidenceGapMapResolver } from './evidence-gap-map.resolver';
import { InterventionEntity } from './intervention.entity';
import { InterventionLoaders } from './intervention.loaders';
import { InterventionResolver } from './intervention.resolver';
import { InterventionService } from './intervention.service';

@Module({
  imports: [TypeOrmModule.forFeature([InterventionEntity]), OrganizationsModule],
  providers: [InterventionService, InterventionLoaders, InterventionResolver, EvidenceGapMapResolver],
  exports: [InterventionService, InterventionLoaders],
})
export class InterventionsModule {}

export const INTERVENTION_ENTITIES = [InterventionEntity];
