import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, LoaderRegistry } from '@werkkennis/api-core';
import { AuthorModel, UserLoaders } from '@werkkennis/identity';
import type { MaybeActor } from '@werkkennis/kernel';
import DataLoader from 'dataloader';
import type { DefinitionEntity } from '../definitions/definition.entity';
import { DefinitionModel } from '../definitions/definition.model';
import { VocabularyLoaders } from '../vocabulary.loaders';
import type { AnnotationEntity } from './annotation.entity';
import { AnnotateDefinitionInput, UpdateAnnotationInput } from './annotation.inputs';
import { AnnotationModel, TextAnchorModel, TextPositionModel, TextQuoteModel } from './annotation.model';
import { AnnotationService } from './annotation.service';
import { anchorPassage, type TextQuote, type TextSpan } from './anchoring';

/** The TextQuoteSelector as stored, or null for an annotation on the whole definition. */
const storedQuote = (annotation: AnnotationEntity): TextQuote | null =>
  annotation.quoteExact === null ? null : { exact: annotation.quoteExact, prefix: annotation.quotePrefix, suffix: annotation.quoteSuffix };

/** The TextPositionSelector as stored; null for the whole definition and for quotes from before positions were kept. */
const storedPosition = (annotation: AnnotationEntity): TextSpan | null =>
  annotation.quoteStart === null || annotation.quoteEnd === null ? null : { start: annotation.quoteStart, end: annotation.quoteEnd };

@Resolver(() => AnnotationModel)
export class AnnotationResolver {
  constructor(
    private readonly annotations: AnnotationService,
    private readonly vocabularyLoaders: VocabularyLoaders,
    private readonly userLoaders: UserLoaders,
  ) {}

  @Mutation(() => AnnotationModel, {
    description: 'Annoteer een definitie of antwoord op een annotatie: toelichten, bevragen, steunen, betwisten of verwijzen (professionals: toelichten en bevragen).',
  })
  annotateDefinition(@CurrentActor() actor: MaybeActor, @Args('input') input: AnnotateDefinitionInput) {
    return this.annotations.annotate(actor, input);
  }

  @Mutation(() => AnnotationModel, { description: 'Wijzig uw eigen annotatie (beheerders: elke).' })
  updateAnnotation(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateAnnotationInput) {
    return this.annotations.update(actor, id, input);
  }

  @Mutation(() => ID, { description: 'Verwijder uw eigen annotatie (beheerders: elke), met de antwoorden erop.' })
  deleteAnnotation(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    return this.annotations.remove(actor, id);
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() annotation: AnnotationEntity, @Loaders() loaders: LoaderRegistry) {
    return this.userLoaders.byId(loaders).load(annotation.authorId);
  }

  @ResolveField(() => TextQuoteModel, { nullable: true, description: 'Het citaat waarop de annotatie slaat; null voor de hele definitie.' })
  quote(@Parent() annotation: AnnotationEntity): TextQuote | null {
    return storedQuote(annotation);
  }

  @ResolveField(() => TextPositionModel, { nullable: true, description: 'Waar het citaat stond in de versie waarbij de annotatie werd gemaakt; null zonder citaat.' })
  position(@Parent() annotation: AnnotationEntity): TextSpan | null {
    return storedPosition(annotation);
  }

  @ResolveField(() => TextAnchorModel, {
    nullable: true,
    description: 'Waar het citaat in de huidige versie staat, ook na herzieningen teruggevonden; status ORPHANED als het weg is. null zonder citaat.',
  })
  async anchor(@Parent() annotation: AnnotationEntity, @Loaders() loaders: LoaderRegistry): Promise<TextAnchorModel | null> {
    const quote = storedQuote(annotation);
    if (!quote) return null;
    const definition = await this.vocabularyLoaders.definitionById(loaders).load(annotation.definitionId);
    if (!definition) return null;
    const anchor = anchorPassage(definition.text, quote, storedPosition(annotation));
    return { ...anchor, exact: anchor.start === null ? null : definition.text.slice(anchor.start, anchor.end) };
  }

  @ResolveField(() => AnnotationModel, { nullable: true, description: 'De annotatie waarop dit een antwoord is.' })
  replyTo(@Parent() annotation: AnnotationEntity, @Loaders() loaders: LoaderRegistry) {
    if (!annotation.replyToId) return null;
    return loaders.get('annotation.byId', () => new DataLoader((ids: readonly string[]) => this.annotations.byIds(ids))).load(annotation.replyToId);
  }

  @ResolveField(() => [AnnotationModel], { description: 'Directe antwoorden, oudste eerst.' })
  replies(@Parent() annotation: AnnotationEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('annotation.replies', () => new DataLoader((ids: readonly string[]) => this.annotations.repliesTo(ids))).load(annotation.id);
  }
}

@Resolver(() => DefinitionModel)
export class DefinitionAnnotationsResolver {
  constructor(private readonly annotationService: AnnotationService) {}

  @ResolveField(() => [AnnotationModel], { description: 'Alle annotaties, ook antwoorden (zie replyTo), in de volgorde waarin ze zijn gemaakt.' })
  annotations(@Parent() definition: DefinitionEntity, @Loaders() loaders: LoaderRegistry) {
    return loaders.get('definition.annotations', () => new DataLoader((ids: readonly string[]) => this.annotationService.annotationsOf(ids))).load(definition.id);
  }
}
