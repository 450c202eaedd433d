import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { FindingModel } from '@werkkennis/findings';
import { InterventionModel } from '@werkkennis/interventions';
import { ProjectModel } from '@werkkennis/projects';
import { TermMentionModel } from './term-mention.model';
import { TermMentionService } from './term-mention.service';

const DESCRIPTION = 'Begrippen uit de woordenschat die in de tekstvelden voorkomen (langste eerst, zonder overlap), als links naar de begrippagina.';

@Resolver(() => ProjectModel)
export class ProjectTermMentionsResolver {
  constructor(private readonly mentions: TermMentionService) {}

  @ResolveField(() => [TermMentionModel], { description: DESCRIPTION })
  termMentions(@Parent() project: ProjectModel, @Loaders() loaders: LoaderRegistry) {
    return this.mentions.loader<ProjectModel>(loaders, 'project', ['title', 'summary', 'reason', 'background', 'goal', 'expectedResults']).load(project);
  }
}

@Resolver(() => InterventionModel)
export class InterventionTermMentionsResolver {
  constructor(private readonly mentions: TermMentionService) {}

  @ResolveField(() => [TermMentionModel], { description: DESCRIPTION })
  termMentions(@Parent() intervention: InterventionModel, @Loaders() loaders: LoaderRegistry) {
    return this.mentions
      .loader<InterventionModel>(loaders, 'intervention', ['name', 'summary', 'whatYouDo', 'howYouDoIt', 'effect', 'evidenceRationale'])
      .load(intervention);
  }
}

@Resolver(() => FindingModel)
export class FindingTermMentionsResolver {
  constructor(private readonly mentions: TermMentionService) {}

  @ResolveField(() => [TermMentionModel], { description: DESCRIPTION })
  termMentions(@Parent() finding: FindingModel, @Loaders() loaders: LoaderRegistry) {
    return this.mentions.loader<FindingModel>(loaders, 'finding', ['title', 'summary', 'population']).load(finding);
  }
}
