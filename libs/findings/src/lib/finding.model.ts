import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EffectDirection, FindingKind, FindingOutcome, StudyDesign } from '@werkkennis/kernel';

registerEnumType(FindingKind, { name: 'FindingKind', description: 'Soort bevinding: effect, voorspeller, implementatie, ervaring.' });
registerEnumType(FindingOutcome, { name: 'FindingOutcome', description: 'De uitkomst waarover de bevinding gaat.' });
registerEnumType(StudyDesign, { name: 'StudyDesign', description: 'Onderzoeksopzet.' });
registerEnumType(EffectDirection, { name: 'EffectDirection', description: 'Richting van het gevonden effect.' });

/** What a result says, on the result and on each of its versions. */
@ObjectType({ isAbstract: true })
abstract class FindingContentModel {
  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => FindingOutcome, { nullable: true })
  outcome!: FindingOutcome | null;

  @Field({ description: 'Populatie of subgroep.' })
  population!: string;

  @Field(() => StudyDesign, { nullable: true })
  design!: StudyDesign | null;

  @Field(() => Int, { nullable: true })
  sampleSize!: number | null;

  @Field(() => EffectDirection, { nullable: true })
  effectDirection!: EffectDirection | null;

  @Field(() => String, { nullable: true })
  effectSize!: string | null;

  @Field(() => [String])
  documentLinks!: string[];
}

@ObjectType('Finding', { description: 'Een resultaat van een project.' })
export class FindingModel extends FindingContentModel {
  @Field(() => ID)
  id!: string;


  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => Int, { description: 'Versienummer; elke correctie maakt een nieuwe versie.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Wanneer het resultaat het laatst is gecorrigeerd; toon het bij het resultaat.' })
  correctedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Waarom het resultaat het laatst is gecorrigeerd.' })
  correctionReason!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Wanneer het resultaat is ingetrokken. Een ingetrokken resultaat blijft op zijn adres leesbaar, maar staat niet meer in lijsten en zoekresultaten.',
  })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Waarom het resultaat is ingetrokken.' })
  withdrawalReason!: string | null;
}

@ObjectType('FindingVersion', { description: 'Een versie van een resultaat, zoals het toen luidde, en waarom het zo werd.' })
export class FindingVersionModel extends FindingContentModel {
  @Field(() => Int)
  version!: number;


  @Field(() => String, { nullable: true, description: 'De reden van de correctie die deze versie maakte; leeg voor de eerste versie.' })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  changedAt!: Date;
}
