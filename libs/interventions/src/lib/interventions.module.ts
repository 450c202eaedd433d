import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@werkkennis/organizations';
import { InterventionEntity } from './intervention.entity';
import { InterventionResolver } from './intervention.resolver';
import { InterventionService } from './intervention.service';

@Module({
  imports: [TypeOrmModule.forFeature([InterventionEntity]), OrganizationsModule],
  providers: [InterventionService, InterventionResolver],
  exports: [InterventionService],
})
export class InterventionsModule {}

export const INTERVENTION_ENTITIES = [InterventionEntity];
