import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EffectDirection, FindingKind, FindingOutcome, StudyDesign } from '@werkkennis/kernel';

registerEnumType(FindingKind, { name: 'FindingKind', description: 'Soort bevinding: effect, voorspeller, implementatie, ervaring.' });
registerEnumType(FindingOutcome, { name: 'FindingOutcome', description: 'De uitkomst waarover de bevinding gaat.' });
registerEnumType(StudyDesign, { name: 'StudyDesign', description: 'Onderzoeksopzet.' });
registerEnumType(EffectDirection, { name: 'EffectDirection', description: 'Richting van het gevonden effect.' });

@ObjectType('Finding', { description: 'Een resultaat van een project.' })
export class FindingModel {
  @Field(() => ID)
  id!: string;

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

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
