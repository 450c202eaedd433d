import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterventionsModule } from '@werkkennis/interventions';
import { OrganizationsModule } from '@werkkennis/organizations';
import { PracticeExperienceEntity } from './practice-experience.entity';
import { InterventionPracticeExperienceResolver, PracticeExperienceResolver } from './practice-experience.resolver';
import { PracticeExperienceService } from './practice-experience.service';

@Module({
  imports: [TypeOrmModule.forFeature([PracticeExperienceEntity]), InterventionsModule, OrganizationsModule],
  providers: [PracticeExperienceService, PracticeExperienceResolver, InterventionPracticeExperienceResolver],
  exports: [PracticeExperienceService],
})
export class PracticeExperienceModule {}

export const PRACTICE_EXPERIENCE_ENTITIES = [PracticeExperienceEntity];
