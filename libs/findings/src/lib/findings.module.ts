import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProjectsModule } from '@werkkennis/projects';
import { FindingEntity, FindingVersionEntity } from './finding.entity';
import { FindingResolver, ProjectFindingsResolver } from './finding.resolver';
import { FindingService } from './finding.service';

@Module({
  imports: [TypeOrmModule.forFeature([FindingEntity, FindingVersionEntity]), ProjectsModule],
  providers: [FindingService, FindingResolver, ProjectFindingsResolver],
  exports: [FindingService],
})
export class FindingsModule {}

export const FINDING_ENTITIES = [FindingEntity, FindingVersionEntity];
