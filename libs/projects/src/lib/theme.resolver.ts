import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@werkkennis/api-core';
import { type MaybeActor } from '@werkkennis/kernel';
import { CreateThemeArgs, RenameThemeArgs } from './theme.inputs';
import { ThemeModel } from './theme.model';
import { ThemeService } from './theme.service';

@Resolver(() => ThemeModel)
export class ThemeResolver {
  constructor(private readonly themeService: ThemeService) {}

  @Query(() => [ThemeModel], { description: 'De thema’s waaruit redacteuren kiezen, op naam.' })
  themes(
    @Args('includeRetired', { defaultValue: false, description: 'Ook thema’s die uit gebruik zijn genomen (voor het beheer).' }) includeRetired: boolean,
  ) {
    return this.themeService.list(includeRetired);
  }

  @Mutation(() => ThemeModel, { description: 'Voeg een thema toe aan de lijst (beheerders).' })
  createTheme(@CurrentActor() actor: MaybeActor, @Args() { name }: CreateThemeArgs) {
    return this.themeService.create(actor, name);
  }

  @Mutation(() => ThemeModel, { description: 'Geef een thema een andere naam; de projecten met dit thema en de zoekindex volgen (beheerders).' })
  renameTheme(@CurrentActor() actor: MaybeActor, @Args() { id, name }: RenameThemeArgs) {
    return this.themeService.rename(actor, id, name);
  }

  @Mutation(() => ThemeModel, { description: 'Neem een thema uit gebruik: het blijft bij bestaande projecten, maar is niet meer te kiezen (beheerders).' })
  retireTheme(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    return this.themeService.retire(actor, id);
  }
}
