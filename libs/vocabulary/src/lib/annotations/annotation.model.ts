import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnnotationMotivation } from '@werkkennis/kernel';

registerEnumType(AnnotationMotivation, {
  name: 'AnnotationMotivation',
  description: 'Motivatie van een annotatie (W3C Web Annotation): toelichten, bevragen, steunen, betwisten, verwijzen.',
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

@ObjectType('TextAnchor', { description: 'Waar het citaat nu in de huidige versie van de definitie staat (posities in UTF-16-tekens, end exclusief).' })
export class TextAnchorModel {
  @Field()
  exact!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
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
