import { applyDecorators } from '@nestjs/common';
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvidenceLevel, MESSAGES, validationText } from '@werkkennis/kernel';
import { ContentType, FacetName } from '@werkkennis/search';
import { Allow, ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

registerEnumType(ContentType, { name: 'ContentType', description: 'Soort inhoud in de zoekresultaten.' });
registerEnumType(FacetName, {
  name: 'FacetName',
  description: 'Facet van de zoekresultaten: een eigenschap waarop u filtert en waarvan u de waarden telt.',
});

export const MAX_SEARCH_LIMIT = 100;

@InputType()
export class FacetFilterInput {
  @Field(() => FacetName)
  @Allow() // GraphQL already refuses names outside the enum; this only keeps the field past the whitelist.
  name!: FacetName;

  @Field(() => [String], { description: 'Een van deze waarden moet gelden.' })
  @IsArray()
  @ArrayMaxSize(50, { message: MESSAGES.tooMany(50) })
  @IsString({ each: true })
  @MaxLength(200, { each: true, message: MESSAGES.tooLong(200) })
  values!: string[];
}

/** An optional list of facet filters on an input (at most 20), each one checked. */
export const FacetFiltersField = (description?: string) =>
  applyDecorators(
    Field(() => [FacetFilterInput], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20, { message: MESSAGES.tooMany(20) }),
    ValidateNested({ each: true }),
    Type(() => FacetFilterInput),
  );

@InputType()
export class SearchInput {
  @Field({ description: 'Zoektekst; tikfouten, afkortingen en synoniemen mogen.' })
  @IsString()
  @MaxLength(500, { message: validationText('validation.searchTooLong', { max: 500 }) })
  query!: string;

  @Field(() => [ContentType], { nullable: true })
  @IsOptional()
  @IsArray()
  types?: ContentType[];

  @FacetFiltersField('Alle filters moeten gelden.')
  filters?: FacetFilterInput[];

  @Field(() => [FacetName], { nullable: true, description: 'Facetten waarvan u de tellingen wilt.' })
  @IsOptional()
  @IsArray()
  facets?: FacetName[];

  @Field(() => Int, { nullable: true, description: `Aantal resultaten, hoogstens ${MAX_SEARCH_LIMIT}; standaard 20.` })
  @IsOptional()
  @IsInt()
  @Min(0, { message: MESSAGES.atLeast(0) })
  @Max(MAX_SEARCH_LIMIT, { message: validationText('validation.searchLimit', { max: MAX_SEARCH_LIMIT }) })
  limit?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: MESSAGES.atLeast(0) })
  @Max(10_000, { message: MESSAGES.atMost(10_000) })
  offset?: number;
}

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ContentType)
  type!: ContentType;

  @Field()
  id!: string;

  @Field({ description: 'Slug van de pagina (bij een bevinding: van haar project).' })
  slug!: string;

  @Field()
  title!: string;

  @Field({ description: 'Uittreksel met <mark>…</mark> rond de treffers; verder geen HTML. Delen (velden, alinea’s) staan gescheiden door " … ".' })
  highlight!: string;

  @Field(() => EvidenceLevel, { nullable: true, description: 'Bij een interventie: haar erkenningsniveau, voor op de resultaatkaart.' })
  evidenceLevel!: EvidenceLevel | null;
}

@ObjectType('FacetValue')
export class FacetValueModel {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Facet')
export class FacetModel {
  @Field(() => FacetName)
  name!: FacetName;

  @Field(() => [FacetValueModel])
  values!: FacetValueModel[];
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: 'Tijd die de zoekmachine nodig had, in milliseconden.' })
  tookMs!: number;

  @Field(() => [SearchHitModel])
  hits!: SearchHitModel[];

  @Field(() => [FacetModel])
  facets!: FacetModel[];
}
