import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AnnotationMotivation, Perspective, TermRelationKind } from '@werkkennis/kernel';

registerEnumType(Perspective, { name: 'Perspective', description: 'Het perspectief van waaruit een definitie is geschreven.' });
registerEnumType(AnnotationMotivation, {
  name: 'AnnotationMotivation',
  description: 'Motivatie van een annotatie (W3C Web Annotation): toelichten, bevragen, steunen, betwisten, verwijzen.',
});
registerEnumType(TermRelationKind, { name: 'TermRelationKind', description: 'SKOS-relatie: breder, smaller, verwant.' });

@ObjectType('Term', { description: 'Een omstreden begrip met definities vanuit verschillende perspectieven.' })
export class TermModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field({ description: 'Voorkeursterm (skos:prefLabel).' })
  label!: string;

  @Field(() => [String], { description: 'Alternatieve termen en afkortingen, Nederlands en Engels (skos:altLabel).' })
  altLabels!: string[];

  @Field({ description: 'Afbakening (skos:scopeNote).' })
  scopeNote!: string;
}

@ObjectType('Definition', { description: 'Eén betekenis van een begrip, vanuit één perspectief, met bron.' })
export class DefinitionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => Perspective)
  perspective!: Perspective;

  @Field({ description: 'Bronvermelding.' })
  source!: string;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => Int, { description: 'Versienummer; elke wijziging maakt een nieuwe versie.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Annotation', { description: 'Een annotatie bij een definitie (W3C Web Annotation).' })
export class AnnotationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AnnotationMotivation)
  motivation!: AnnotationMotivation;

  @Field()
  body!: string;

  @Field(() => [String], { description: 'Verwijzingen (webadressen).' })
  references!: string[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('TermRelation')
export class TermRelationModel {
  @Field(() => TermRelationKind)
  kind!: TermRelationKind;

  @Field(() => TermModel)
  term!: TermModel;
}
