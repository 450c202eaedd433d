import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '@werkkennis/api-core';
import DataLoader from 'dataloader';
import type { DefinitionEntity } from './definitions/definition.entity';
import { DefinitionService } from './definitions/definition.service';
import type { TermEntity } from './terms/term.entity';
import { TermService } from './terms/term.service';

/** Request-scoped batch loaders that more than one part of the vocabulary reads through. */
@Injectable()
export class VocabularyLoaders {
  constructor(
    private readonly terms: TermService,
    private readonly definitions: DefinitionService,
  ) {}

  termById(loaders: LoaderRegistry): DataLoader<string, TermEntity | null> {
    return loaders.get('vocabulary.termById', () => new DataLoader((ids: readonly string[]) => this.terms.byIds(ids)));
  }

  definitionById(loaders: LoaderRegistry): DataLoader<string, DefinitionEntity | null> {
    return loaders.get('vocabulary.definitionById', () => new DataLoader((ids: readonly string[]) => this.definitions.byIds(ids)));
  }

  definitionsOfTerm(loaders: LoaderRegistry): DataLoader<string, DefinitionEntity[]> {
    return loaders.get(
      'vocabulary.definitionsOfTerm',
      () =>
        new DataLoader(async (termIds: readonly string[]) => {
          const groups = await this.definitions.definitionsOf(termIds);
          // Annotations and relations look definitions up by id; these are already here.
          const byId = this.definitionById(loaders);
          for (const definition of groups.flat()) byId.prime(definition.id, definition);
          return groups;
        }),
    );
  }
}
