import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { type FindingEntity, FindingModel } from '@werkkennis/findings';
import { type InterventionEntity, InterventionModel } from '@werkkennis/interventions';
import { type ProjectEntity, ProjectModel } from '@werkkennis/projects';
import { TermMentionModel } from './term-mention.model';
import { TermMentionService } from './term-mention.service';

const DESCRIPTION = 'Begrippen uit de woordenschat die in de tekstvelden voorkomen (langste eerst, zonder overlap), als links naar de begrippagina.';

@Resolver(() => ProjectModel)
export class ProjectTermMentionsResolver {
  constructor(private readonly mentions: TermMentionService) {}

  @ResolveField(() => [TermMentionModel], { description: DESCRIPTION })
  termMentions(@Parent() project: ProjectEntity, @Loaders() loaders: LoaderRegistry) {
    return this.mentions.loader<ProjectEntity>(loaders, 'project', ['title', 'summary', 'reason', 'background', 'goal', 'expectedResults']).load(project);
  }
}

@Resolver(() => InterventionModel)
export class InterventionTermMentionsResolver {
  constructor(private readonly mentions: TermMentionService) {}

  @ResolveField(() => [TermMentionModel], { description: DESCRIPTION })
  termMentions(@Parent() intervention: InterventionEntity, @Loaders() loaders: LoaderRegistry) {
    return this.mentions
      .loader<InterventionEntity>(loaders, 'intervention', ['name', 'summary', 'whatYouDo', 'howYouDoIt', 'effect', 'evidenceRationale'])
      .load(intervention);
  }
}

@Resolver(() => FindingModel)
export class FindingTermMentionsResolver {
  constructor(private readonly mentions: TermMentionService) {}

  @ResolveField(() => [TermMentionModel], { description: DESCRIPTION })
  termMentions(@Parent() finding: FindingEntity, @Loaders() loaders: LoaderRegistry) {
    return this.mentions.loader<FindingEntity>(loaders, 'finding', ['title', 'summary', 'population']).load(finding);
  }
}
