import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@werkkennis/organizations';
import { AnnotationEntity, DefinitionEntity, TermEntity, TermRelationEntity } from './vocabulary.entities';
import { AnnotationResolver, DefinitionResolver, TermResolver } from './vocabulary.resolver';
import { VocabularyService } from './vocabulary.service';

const ENTITIES = [TermEntity, TermRelationEntity, DefinitionEntity, AnnotationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES), OrganizationsModule],
  providers: [VocabularyService, TermResolver, DefinitionResolver, AnnotationResolver],
  exports: [VocabularyService],
})
export class VocabularyModule {}

export const VOCABULARY_ENTITIES = ENTITIES;
