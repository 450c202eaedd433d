import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SluggedModel } from '@werkkennis/api-core';
import { TermRelationKind, TermStatus } from '@werkkennis/kernel';

/** How the list of terms is ordered. */
export enum TermOrder {
  LABEL = 'LABEL',
  MOST_CONTESTED = 'MOST_CONTESTED',
}
registerEnumType(TermOrder, {
  name: 'TermOrder',
  description: 'Volgorde van de begrippenlijst.',
  valuesMap: {
    LABEL: { description: 'Op alfabet.' },
    MOST_CONTESTED: { description: 'De meest omstreden eerst (hoogste divergentie); begrippen die nog niet te vergelijken zijn achteraan.' },
  },
});

registerEnumType(TermRelationKind, { name: 'TermRelationKind', description: 'SKOS-relatie: breder, smaller, verwant.' });
registerEnumType(TermStatus, {
  name: 'TermStatus',
  description: 'Status van een begrip: voorgesteld (door een onderzoeker), voorkeursterm, toegelaten, afgeraden.',
});

@ObjectType('Term', { description: 'Een omstreden begrip (SKOS-concept) met definities vanuit verschillende perspectieven.' })
export class TermModel extends SluggedModel {
  @Field({ description: 'Voorkeursterm in het Nederlands (skos:prefLabel@nl).' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Voorkeursterm in het Engels (skos:prefLabel@en).' })
  labelEn!: string | null;

  @Field(() => [String], { description: 'Alle andere benamingen: Engelse voorkeursterm, alternatieve termen in beide talen en afkortingen.' })
  altLabels!: string[];

  @Field(() => [String], { description: 'Alternatieve termen in het Nederlands (skos:altLabel@nl).' })
  altLabelsNl!: string[];

  @Field(() => [String], { description: 'Alternatieve termen in het Engels (skos:altLabel@en).' })
  altLabelsEn!: string[];

  @Field(() => [String], { description: 'Afkortingen, zoals EBP.' })
  abbreviations!: string[];

  @Field({ description: 'Afbakening (skos:scopeNote).' })
  scopeNote!: string;

  @Field({ description: 'Uitleg in begrijpelijke taal, B1-niveau (NL-SBB: rdfs:comment).' })
  plainExplanation!: string;

  @Field(() => TermStatus)
  status!: TermStatus;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('TermRelation')
export class TermRelationModel {
  @Field(() => TermRelationKind)
  kind!: TermRelationKind;

  @Field(() => TermModel)
  term!: TermModel;
}

@ObjectType('TermCollection', { description: 'Een groep begrippen (skos:Collection), zoals "Bewijs en effect".' })
export class TermCollectionModel extends SluggedModel {
  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn!: string | null;
}
