import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Determinant, EvidenceLevel, TargetGroup } from '@werkkennis/kernel';

@ObjectType('EvidenceGapCell', { description: 'Eén vak van de bewijskaart: de interventies voor deze determinant én deze doelgroep.' })
export class EvidenceGapCellModel {
  @Field(() => Determinant)
  determinant!: Determinant;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroup;

  @Field(() => Int, { description: 'Aantal interventies met deze determinant en deze doelgroep; 0 is een lacune.' })
  interventions!: number;

  @Field(() => EvidenceLevel, { nullable: true, description: 'Het hoogste erkenningsniveau onder die interventies; leeg als er geen zijn.' })
  bestEvidenceLevel!: EvidenceLevel | null;
}

@ObjectType('EvidenceGapMap', {
  description: 'De bewijskaart: determinanten van het integratief gedragsmodel tegen doelgroepen, met per vak het aantal interventies en het beste bewijs.',
})
export class EvidenceGapMapModel {
  @Field(() => [Determinant], { description: 'De rijen, in de volgorde van het model.' })
  determinants!: Determinant[];

  @Field(() => [TargetGroup], { description: 'De kolommen.' })
  targetGroups!: TargetGroup[];

  @Field(() => [EvidenceLevel], { description: 'De erkenningsladder, van laag naar hoog: de volgorde van de kleuren.' })
  evidenceLadder!: EvidenceLevel[];

  @Field(() => [EvidenceGapCellModel], { description: 'Elk vak, ook de lege, rij voor rij.' })
  cells!: EvidenceGapCellModel[];
}
