import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnnotationMotivation } from '@werkkennis/kernel';
import { AnchorStatus } from './anchoring';

registerEnumType(AnnotationMotivation, {
  name: 'AnnotationMotivation',
  description: 'Motivatie van een annotatie (W3C Web Annotation): toelichten, bevragen, steunen, betwisten, verwijzen.',
});

registerEnumType(AnchorStatus, {
  name: 'AnchorStatus',
  description: 'Hoe het geciteerde stuk in de huidige versie werd teruggevonden.',
  valuesMap: {
    ANCHORED: { description: 'Dezelfde woorden, op dezelfde plek.' },
    MOVED: { description: 'Dezelfde woorden, op een andere plek: de tekst ervoor is herzien.' },
    APPROXIMATE: { description: 'Bijna dezelfde woorden, waar de omringende tekst het stuk nu plaatst.' },
    ORPHANED: { description: 'Niet meer gevonden: het stuk is weg-herzien; alleen het citaat is er nog.' },
  },
});

@ObjectType('TextQuote', { description: 'Het geciteerde stuk van de definitie (W3C TextQuoteSelector), zoals het werd geciteerd.' })
export class TextQuoteModel {
  @Field()
  exact!: string;

  @Field({ description: 'De tekst vlak vóór het citaat.' })
  prefix!: string;

  @Field({ description: 'De tekst vlak na het citaat.' })
  suffix!: string;
}

@ObjectType('TextPosition', { description: 'Waar het citaat stond in de versie waarbij het werd gemaakt (W3C TextPositionSelector; UTF-16-tekens, end exclusief).' })
export class TextPositionModel {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType('TextAnchor', { description: 'Waar het citaat nu in de huidige versie van de definitie staat (posities in UTF-16-tekens, end exclusief).' })
export class TextAnchorModel {
  @Field(() => AnchorStatus)
  status!: AnchorStatus;

  @Field(() => String, { nullable: true, description: 'De woorden die nu op die plek staan; null als het stuk niet meer gevonden wordt.' })
  exact!: string | null;

  @Field(() => Int, { nullable: true, description: 'null als het stuk niet meer gevonden wordt (ORPHANED).' })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'null als het stuk niet meer gevonden wordt (ORPHANED).' })
  end!: number | null;
}

@ObjectType('Annotation', { description: 'Een annotatie bij een definitie (W3C Web Annotation).' })
export class AnnotationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AnnotationMotivation)
  motivation!: AnnotationMotivation;

  @Field({ description: 'Markdown.' })
  body!: string;

  @Field(() => [String], { description: 'Verwijzingen (webadressen).' })
  references!: string[];

  @Field(() => Int, { description: 'De versie van de definitie waarbij de annotatie werd gemaakt.' })
  definitionVersion!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Wanneer de annotatie voor het laatst inhoudelijk werd gewijzigd; null als dat nooit gebeurde.' })
  editedAt!: Date | null;
}
