import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterventionsModule } from '@werkkennis/interventions';
import { OrganizationsModule } from '@werkkennis/organizations';
import { ProjectsModule } from '@werkkennis/projects';
import { VocabularyModule } from '@werkkennis/vocabulary';
import { KnowledgeFlowResolver } from './knowledge-flow/knowledge-flow.resolver';
import { KnowledgeFlowService } from './knowledge-flow/knowledge-flow.service';
import { SESSION_ENTITIES } from './sessions/session.entity';
import { SessionAgendaItemResolver, SessionParticipantResolver, SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { TermHistoryResolver } from './term-history/term-history.resolver';

/**
 * The learning network: its sessions on contested terms, whether a term's meanings converge
 * over time, and how interventions travel between organisations.
 */
@Module({
  imports: [TypeOrmModule.forFeature(SESSION_ENTITIES), OrganizationsModule, InterventionsModule, ProjectsModule, VocabularyModule],
  providers: [SessionService, SessionResolver, SessionParticipantResolver, SessionAgendaItemResolver, TermHistoryResolver, KnowledgeFlowService, KnowledgeFlowResolver],
})
export class NetworkModule {}

export const NETWORK_ENTITIES = SESSION_ENTITIES;
