import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VocabularyFileFormat } from './skos-reader';
import { ImportedItemKind } from './vocabulary-merge';

registerEnumType(ImportedItemKind, { name: 'ImportedItemKind', description: 'Wat een import toevoegde of wijzigde: begrip, definitie of collectie.' });
registerEnumType(VocabularyFileFormat, { name: 'VocabularyFileFormat', description: 'De vorm van een SKOS-bestand: Turtle of JSON-LD.' });

@ObjectType('ImportedItem')
export class ImportedItemModel {
  @Field(() => ImportedItemKind)
  kind!: ImportedItemKind;

  @Field()
  uri!: string;

  @Field()
  label!: string;
}

@ObjectType('RefusedItem', { description: 'Wat niet is ingelezen, met de reden.' })
export class RefusedItemModel {
  @Field()
  uri!: string;

  @Field()
  reason!: string;
}

@ObjectType('NotKeptTriple', { description: 'Een uitspraak (triple) uit het bestand die de woordenschat niet bewaart: ze komt niet terug in de export. Met de reden.' })
export class NotKeptTripleModel {
  @Field()
  subject!: string;

  @Field()
  predicate!: string;

  @Field({ description: 'Een IRI tussen punthaken, of een tekst tussen aanhalingstekens met taal of datatype (N-Triples).' })
  object!: string;

  @Field()
  reason!: string;
}

@ObjectType('VocabularyImportReport', { description: 'Wat een SKOS-import toevoegde, wijzigde en weigerde (of bij een voorbeeld zou doen).' })
export class VocabularyImportReportModel {
  @Field(() => [ImportedItemModel])
  added!: ImportedItemModel[];

  @Field(() => [ImportedItemModel])
  changed!: ImportedItemModel[];

  @Field(() => [RefusedItemModel])
  refused!: RefusedItemModel[];

  @Field(() => Int, { description: 'Begrippen, definities en collecties die al zo in de woordenschat stonden.' })
  unchanged!: number;

  @Field(() => [NotKeptTripleModel], { description: 'Elke uitspraak uit het bestand die niet bewaard wordt, met de reden. Leeg: er gaat niets verloren.' })
  notKept!: NotKeptTripleModel[];
}
