import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PublicationType } from '@werkkennis/content-search';
import { FollowKind } from './follow.entity';

registerEnumType(FollowKind, { name: 'FollowKind', description: 'Wat u volgt: een begrip, een interventie, een organisatie of een opgeslagen zoekopdracht.' });
registerEnumType(PublicationType, { name: 'PublicationType', description: 'Soort nieuw gepubliceerde inhoud.' });

@ObjectType('SavedSearchFilter')
export class SavedSearchFilterModel {
  @Field()
  name!: string;

  @Field(() => [String])
  values!: string[];
}

@ObjectType('Follow', { description: 'Iets wat u volgt.' })
export class FollowModel {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowKind)
  kind!: FollowKind;

  @Field(() => ID, { nullable: true, description: 'Het begrip, de interventie of de organisatie; leeg bij een zoekopdracht.' })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  targetSlug!: string | null;

  @Field({ description: 'De naam bij het volgen, of de zoekvraag.' })
  label!: string;

  @Field(() => String, { nullable: true })
  query!: string | null;

  @Field(() => [SavedSearchFilterModel], { nullable: true })
  filters!: SavedSearchFilterModel[] | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Publication', { description: 'Iets wat openbaar werd: een project, bevinding, interventie, begrip of praktijkervaring.' })
export class PublicationModel {
  @Field(() => PublicationType)
  type!: PublicationType;

  @Field(() => ID)
  id!: string;

  @Field({ description: 'Het adres van de pagina waarop het staat (bij een bevinding het project, bij een ervaring de interventie).' })
  slug!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;
}

@ObjectType('FollowedUpdate', { description: 'Nieuw sinds uw vorige bezoek, met wat u volgt dat ernaar leidde.' })
export class FollowedUpdateModel {
  @Field(() => PublicationModel)
  publication!: PublicationModel;

  @Field(() => [String], { description: 'De namen van wat u volgt en dit opleverde.' })
  via!: string[];
}

@ObjectType('FollowedNews')
export class FollowedNewsModel {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Uw vorige bezoek; leeg bij het eerste.' })
  since!: Date | null;

  @Field(() => [FollowedUpdateModel], { description: 'Nieuwste eerst, hoogstens 100.' })
  updates!: FollowedUpdateModel[];
}

@ObjectType('FollowSettings')
export class FollowSettingsModel {
  @Field({ description: 'Wekelijkse e-mail met wat nieuw is; standaard uit.' })
  weeklyDigest!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastVisitedAt!: Date | null;
}
