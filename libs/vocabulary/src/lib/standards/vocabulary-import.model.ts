import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportedItemKind } from './vocabulary-merge';

registerEnumType(ImportedItemKind, { name: 'ImportedItemKind', description: 'Wat een import toevoegde of wijzigde: begrip, definitie of collectie.' });

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

@ObjectType('VocabularyImportReport', { description: 'Wat een SKOS-import toevoegde, wijzigde en weigerde.' })
export class VocabularyImportReportModel {
  @Field(() => [ImportedItemModel])
  added!: ImportedItemModel[];

  @Field(() => [ImportedItemModel])
  changed!: ImportedItemModel[];

  @Field(() => [RefusedItemModel])
  refused!: RefusedItemModel[];

  @Field(() => Int, { description: 'Begrippen, definities en collecties die al zo in de woordenschat stonden.' })
  unchanged!: number;
}
