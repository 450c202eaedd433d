import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Perspective } from '@werkkennis/kernel';
import { DefinitionModel } from '../definitions/definition.model';
import { TermModel } from '../terms/term.model';

@ObjectType('ComparisonElement', { description: 'Een inhoudswoord van een definitie, vergeleken op zijn stam.' })
export class ComparisonElementModel {
  @Field({ description: 'Het woord zoals de definities het het vaakst schrijven.' })
  word!: string;

  @Field({ description: 'De Nederlandse stam (Snowball) waarop vergeleken is.' })
  stem!: string;
}

@ObjectType('SharedElement', { description: 'Een element dat twee of meer perspectieven gebruiken.' })
export class SharedElementModel extends ComparisonElementModel {
  @Field(() => [Perspective])
  perspectives!: Perspective[];

  @Field(() => [String])
  definitionIds!: string[];
}

@ObjectType('DefinitionComparison', { description: 'Eén definitie naast de andere: wat alleen dit perspectief zegt, en wat het deelt.' })
export class DefinitionComparisonModel {
  @Field(() => DefinitionModel)
  definition!: DefinitionModel;

  @Field(() => Perspective)
  perspective!: Perspective;

  @Field(() => [ComparisonElementModel], { description: 'Elementen die geen ander perspectief gebruikt, in de volgorde van de tekst.' })
  distinctiveElements!: ComparisonElementModel[];

  @Field(() => [ComparisonElementModel], { description: 'Elementen die ook een ander perspectief gebruikt.' })
  sharedElements!: ComparisonElementModel[];
}

@ObjectType('TermComparison', { description: 'De definities van een begrip naast elkaar.' })
export class TermComparisonModel {
  @Field(() => TermModel)
  term!: TermModel;

  @Field(() => Float, {
    nullable: true,
    description: 'Verschil tussen de perspectieven: 1 − de gemiddelde Jaccard-overeenkomst van de inhoudswoorden per paar definities; 0 = gelijk, 1 = niets gedeeld. Leeg bij minder dan twee perspectieven.',
  })
  divergence!: number | null;

  @Field(() => [SharedElementModel], { description: 'Elementen in twee of meer perspectieven, de breedst gedeelde eerst.' })
  sharedElements!: SharedElementModel[];

  @Field(() => [DefinitionComparisonModel])
  definitions!: DefinitionComparisonModel[];
}
