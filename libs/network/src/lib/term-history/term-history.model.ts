import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Perspective } from '@werkkennis/kernel';
import { TermHistoryChange, TermModel } from '@werkkennis/vocabulary';
import { SessionModel } from '../sessions/session.model';

registerEnumType(TermHistoryChange, {
  name: 'TermHistoryChange',
  description: 'Wat er op een moment gebeurde: een definitie toegevoegd of herzien, een overeenkomst of strijdigheid vastgesteld.',
});

@ObjectType('TermHistoryEvent')
export class TermHistoryEventModel {
  @Field(() => TermHistoryChange)
  change!: TermHistoryChange;

  @Field(() => Perspective, { nullable: true, description: 'Het perspectief van de toegevoegde of herziene definitie.' })
  perspective!: Perspective | null;
}

@ObjectType('TermHistoryPoint', { description: 'De stand van een begrip op één moment.' })
export class TermHistoryPointModel {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => Float, { nullable: true, description: 'Divergentie van de definities zoals ze toen luidden (zelfde maat als termComparison); leeg bij minder dan twee perspectieven.' })
  divergence!: number | null;

  @Field(() => Int, { description: 'Aantal definities op dat moment.' })
  definitions!: number;

  @Field(() => Int, { description: 'Aantal perspectieven op dat moment.' })
  perspectives!: number;

  @Field(() => Int, { description: 'Tot dan vastgestelde overeenkomsten (zelfde, smaller, breder).' })
  agreements!: number;

  @Field(() => Int, { description: 'Tot dan vastgestelde strijdigheden.' })
  conflicts!: number;

  @Field(() => [TermHistoryEventModel], { description: 'Wat er op dit moment veranderde.' })
  changes!: TermHistoryEventModel[];

  @Field(() => [SessionModel], { description: 'Bijeenkomsten op deze dag die het begrip bespraken: de markeringen op de tijdlijn.' })
  sessions!: SessionModel[];
}

@ObjectType('TermHistory', { description: 'Groeien de betekenissen van een begrip naar elkaar toe? Divergentie, overeenkomsten en strijdigheden door de tijd, met bijeenkomsten.' })
export class TermHistoryModel {
  @Field(() => TermModel)
  term!: TermModel;

  @Field(() => [TermHistoryPointModel], { description: 'Oudste eerst.' })
  points!: TermHistoryPointModel[];
}
