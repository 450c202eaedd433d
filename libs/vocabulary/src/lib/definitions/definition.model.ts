import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Convergence, DefinitionRelationKind, Perspective } from '@werkkennis/kernel';

registerEnumType(Perspective, { name: 'Perspective', description: 'Het perspectief van waaruit een definitie is geschreven.' });
registerEnumType(DefinitionRelationKind, {
  name: 'DefinitionRelationKind',
  description: 'Hoe een definitie zich tot een andere verhoudt: hetzelfde, smaller, breder, in strijd.',
});
registerEnumType(Convergence, {
  name: 'Convergence',
  description: 'Of de perspectieven op een begrip naar elkaar toe groeien of botsen, volgens de relaties tussen de definities.',
});

@ObjectType('Definition', { description: 'Eén betekenis van een begrip, vanuit één gekozen perspectief, met bron; wie haar invoerde staat er los van (author).' })
export class DefinitionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => Perspective)
  perspective!: Perspective;

  @Field({ description: 'Bronvermelding in één regel: titel, uitgever, jaar.' })
  source!: string;

  @Field({ description: 'De titel van de bron.' })
  sourceTitle!: string;

  @Field({ description: 'De uitgever zoals de bron die noemt; leeg als alleen de organisatie (organization) bekend is.' })
  sourcePublisher!: string;

  @Field(() => Int, { nullable: true })
  sourceYear!: number | null;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => Int, { description: 'Versienummer; elke wijziging maakt een nieuwe versie.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('DefinitionVersion', { description: 'Een versie van een definitie, zoals die toen luidde.' })
export class DefinitionVersionModel {
  @Field(() => Int)
  version!: number;

  @Field()
  text!: string;

  @Field()
  source!: string;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Waarom deze versie er kwam, in de woorden van wie herzag; null bij de eerste versie.' })
  changeNote!: string | null;

  @Field(() => GraphQLISODateTime)
  changedAt!: Date;
}

@ObjectType('DefinitionRelation', { description: 'Wat een onderzoeker vaststelt over twee definities van hetzelfde begrip, met reden.' })
export class DefinitionRelationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DefinitionRelationKind, { description: 'Hoe `from` zich verhoudt tot `to`.' })
  kind!: DefinitionRelationKind;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('TermConvergence')
export class TermConvergenceModel {
  @Field(() => Convergence, { description: 'CONTESTED zodra er minstens zoveel strijdigheden als overeenkomsten zijn vastgesteld.' })
  state!: Convergence;

  @Field(() => Int, { description: 'Vastgestelde relaties SAME_AS, NARROWER en BROADER.' })
  agreeing!: number;

  @Field(() => Int, { description: 'Vastgestelde relaties CONFLICTS_WITH.' })
  conflicting!: number;
}
