import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NamedModel } from '@werkkennis/api-core';
import { Determinant, EvidenceLevel, TargetGroup, Track } from '@werkkennis/kernel';

registerEnumType(Determinant, { name: 'Determinant', description: 'Determinant van het integratief gedragsmodel.' });
registerEnumType(TargetGroup, { name: 'TargetGroup', description: 'Doelgroep (regeling of situatie).' });
registerEnumType(Track, { name: 'Track', description: 'Spoor 1 (eigen werkgever) of spoor 2 (andere werkgever).' });
registerEnumType(EvidenceLevel, {
  name: 'EvidenceLevel',
  description: 'Erkenningsniveau: goed beschreven, goed onderbouwd, effectief met eerste / goede / sterke aanwijzingen.',
});

@ObjectType('Intervention', { description: 'Een methode of instrument: wat je doet, hoe je het doet en welk effect je ziet.' })
export class InterventionModel extends NamedModel {
  @Field()
  summary!: string;

  @Field({ description: 'Wat: wat de professional precies doet.' })
  whatYouDo!: string;

  @Field({ description: 'Bejegening: hoe de professional dat doet.' })
  howYouDoIt!: string;

  @Field({ description: 'Effect: wat je ziet gebeuren.' })
  effect!: string;

  @Field(() => [Determinant])
  determinants!: Determinant[];

  @Field(() => [TargetGroup])
  targetGroups!: TargetGroup[];

  @Field(() => [Track])
  tracks!: Track[];

  @Field(() => EvidenceLevel)
  evidenceLevel!: EvidenceLevel;

  @Field(() => String, { nullable: true, description: 'Datum van de beoordeling van het erkenningsniveau.' })
  evidenceRatedOn!: string | null;

  @Field({ description: 'Onderbouwing van het erkenningsniveau.' })
  evidenceRationale!: string;

  @Field(() => [String], { description: 'Werkzame elementen.' })
  workingElements!: string[];

  @Field(() => [String])
  sources!: string[];

  @Field({ description: 'Praktisch: hoe lang en hoe vaak (bijvoorbeeld "8 wekelijkse gesprekken van een uur").' })
  durationAndIntensity!: string;

  @Field({ description: 'Praktisch: wat het kost en wie betaalt.' })
  costs!: string;

  @Field({ description: 'Praktisch: wie de interventie aanbiedt of uitvoert.' })
  provider!: string;

  @Field({ description: 'Praktisch: hoe u de aanbieder bereikt (e-mailadres, telefoon of webadres).' })
  contact!: string;

  @Field({ description: 'Praktisch: welke training of licentie de uitvoering vraagt.' })
  trainingOrLicence!: string;

  @Field(() => [String], { description: 'Praktisch: handleidingen en materialen, met een webadres waar dat kan.' })
  materials!: string[];

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}
