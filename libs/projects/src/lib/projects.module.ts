import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterventionsModule } from '@werkkennis/interventions';
import { OrganizationsModule } from '@werkkennis/organizations';
import { ProjectEntity } from './project.entity';
import { InterventionProjectsResolver, ProjectLoaders, ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';
import { ThemeEntity } from './theme.entity';
import { ThemeResolver } from './theme.resolver';
import { ThemeService } from './theme.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProjectEntity, ThemeEntity]), OrganizationsModule, InterventionsModule],
  providers: [ProjectService, ProjectLoaders, ProjectResolver, InterventionProjectsResolver, ThemeService, ThemeResolver],
  exports: [ProjectService, ProjectLoaders, ThemeService],
})
export class ProjectsModule {}

export const PROJECT_ENTITIES = [ProjectEntity, ThemeEntity];
