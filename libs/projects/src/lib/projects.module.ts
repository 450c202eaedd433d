import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterventionsModule } from '@werkkennis/interventions';
import { OrganizationsModule } from '@werkkennis/organizations';
import { ProjectEntity } from './project.entity';
import { InterventionProjectsResolver, ProjectLoaders, ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity]), OrganizationsModule, InterventionsModule],
  providers: [ProjectService, ProjectLoaders, ProjectResolver, InterventionProjectsResolver],
  exports: [ProjectService, ProjectLoaders],
})
export class ProjectsModule {}

export const PROJECT_ENTITIES = [ProjectEntity];
