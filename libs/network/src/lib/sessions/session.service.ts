import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, mayChangeWork, type MaybeActor, message, refuseNulls, slugify } from '@werkkennis/kernel';
import { OrganizationService } from '@werkkennis/organizations';
import { freeSlug, groupedBy, retryOnSlugConflict, UnitOfWork, type WriteContext } from '@werkkennis/persistence';
import { VocabularyRecords } from '@werkkennis/vocabulary';
import { DataSource, In } from 'typeorm';
import type { RecordSessionInput, SessionAgendaItemInput, SessionParticipantInput, UpdateSessionInput } from './session.inputs';
import { SessionEntity, SessionParticipantEntity, SessionTermEntity } from './session.entity';

/** A session as the audit trail keeps it: the report with who took part and what was on the agenda. */
interface SessionRecord {
  session: SessionEntity;
  participants: SessionParticipantEntity[];
  agenda: SessionTermEntity[];
}

/**
 * Session reports: what organisations said about contested terms when they met. Researchers
 * and admins record them; the recorder's colleagues and admins keep a report current. Reports
 * are public: they are the network's account of where meanings meet and where they differ.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly vocabulary: VocabularyRecords,
    private readonly writes: UnitOfWork,
  ) {}

  async bySlug(slug: string): Promise<SessionEntity> {
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ slug });
    if (!session) throw DomainError.notFound('noun.session', slug);
    return session;
  }

  /** Every session, the most recent first; with a term, only those that had it on the agenda. */
  list(termId?: string): Promise<SessionEntity[]> {
    const query = this.dataSource.getRepository(SessionEntity).createQueryBuilder('session');
    if (termId) query.where('session.id IN (SELECT agenda.session_id FROM network_session_term agenda WHERE agenda.term_id = :termId)', { termId });
    return query.orderBy('session.held_on', 'DESC').addOrderBy('session.title', 'ASC').getMany();
  }

  /** For DataLoader: each session's participants, in the order the report names them. */
  async participantsOf(sessionIds: readonly string[]): Promise<SessionParticipantEntity[][]> {
    const rows = await this.dataSource.getRepository(SessionParticipantEntity).find({ where: { sessionId: In([...sessionIds]) }, order: { position: 'ASC' } });
    return groupedBy(sessionIds, rows, (row) => row.sessionId);
  }

  /** For DataLoader: each session's agenda, in order. */
  async agendaOf(sessionIds: readonly string[]): Promise<SessionTermEntity[][]> {
    const rows = await this.dataSource.getRepository(SessionTermEntity).find({ where: { sessionId: In([...sessionIds]) }, order: { position: 'ASC' } });
    return groupedBy(sessionIds, rows, (row) => row.sessionId);
  }

  /** Whether this actor may change this report (the recorder, a colleague of theirs, an admin). */
  mayUpdate(actor: MaybeActor, session: SessionEntity): boolean {
    return mayChangeWork(actor, 'session.update', { authorId: session.recordedById ?? '', authorOrganizationId: session.recordedForId });
  }

  record(actor: MaybeActor, input: RecordSessionInput): Promise<SessionEntity> {
    return retryOnSlugConflict(slugify(`${input.heldOn} ${input.title}`), (slugBase) =>
      this.writes.run(actor, 'session.record', async (write) => {
        await this.refuseUnknownReferences(write, input);
        const session = await write.manager.save(
          write.manager.create(SessionEntity, {
            slug: await freeSlug(write.manager, SessionEntity, slugBase),
            kind: input.kind,
            title: input.title.trim(),
            heldOn: input.heldOn,
            organiserId: input.organiserId,
            summary: input.summary ?? '',
            recordedById: write.actor.userId,
            recordedForId: write.actor.organizationId,
          }),
        );
        const after = { session, ...(await this.replaceDetails(write, session.id, input.participants ?? [], input.agenda ?? [])) };
        this.recordChange(write, null, after);
        return session;
      }),
    );
  }

  update(actor: MaybeActor, id: string, input: UpdateSessionInput): Promise<SessionEntity> {
    return this.writes.run(actor, 'session.update', async (write) => {
      const session = await write.load(SessionEntity, id, 'noun.session', { lock: true });
      if (!this.mayUpdate(write.actor, session)) {
        throw DomainError.forbidden(message('error.ownOrColleagueWorkOnly', { what: message('work.session') }));
      }
      refuseNulls(input, ['kind', 'title', 'heldOn', 'organiserId']);
      await this.refuseUnknownReferences(write, input);
      const before = await this.recordOf(write, session);
      const { participants, agenda, ...fields } = input;
      Object.assign(
        session,
        Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null)),
        fields.title ? { title: fields.title.trim() } : {},
      );
      const saved = await write.manager.save(session);
      const details = await this.replaceDetails(write, session.id, participants ?? before.participants, agenda ?? before.agenda);
      this.recordChange(write, before, { session: saved, ...details });
      return saved;
    });
  }

  private async recordOf(write: WriteContext, session: SessionEntity): Promise<SessionRecord> {
    return {
      session: { ...session },
      participants: await write.manager.find(SessionParticipantEntity, { where: { sessionId: session.id }, order: { position: 'ASC' } }),
      agenda: await write.manager.find(SessionTermEntity, { where: { sessionId: session.id }, order: { position: 'ASC' } }),
    };
  }

  private recordChange(write: WriteContext, before: SessionRecord | null, after: SessionRecord): void {
    const flat = (record: SessionRecord | null) =>
      record && {
        ...record.session,
        participants: record.participants.map(({ organizationId, perspective, contribution }) => ({ organizationId, perspective, contribution })),
        agenda: record.agenda.map(({ termId, meetingPoints, differences, followUp, definitionIds, relationIds, annotationIds }) => ({
          termId,
          meetingPoints,
          differences,
          followUp,
          definitionIds,
          relationIds,
          annotationIds,
        })),
      };
    // Reports are not in search: nothing to reindex.
    write.record({ subjectType: 'SESSION', subjectId: after.session.id, organizationId: after.session.organiserId, before: flat(before), after: flat(after), reindex: [] });
  }

  /** Participants and agenda are replaced as a whole: the report is rewritten, not patched. */
  private async replaceDetails(
    write: WriteContext,
    sessionId: string,
    participants: Pick<SessionParticipantInput, 'organizationId' | 'perspective' | 'contribution'>[],
    agenda: SessionAgendaItemInput[],
  ): Promise<Omit<SessionRecord, 'session'>> {
    const { manager } = write;
    await manager.delete(SessionParticipantEntity, { sessionId });
    await manager.delete(SessionTermEntity, { sessionId });
    const savedParticipants = await manager.save(
      participants.map((participant, position) =>
        manager.create(SessionParticipantEntity, {
          sessionId,
          organizationId: participant.organizationId,
          perspective: participant.perspective,
          contribution: participant.contribution?.trim() ?? '',
          position,
        }),
      ),
    );
    const savedAgenda = await manager.save(
      agenda.map((item, position) =>
        manager.create(SessionTermEntity, {
          sessionId,
          termId: item.termId,
          position,
          meetingPoints: item.meetingPoints?.trim() ?? '',
          differences: item.differences?.trim() ?? '',
          followUp: item.followUp?.trim() ?? '',
          definitionIds: item.definitionIds ?? [],
          relationIds: item.relationIds ?? [],
          annotationIds: item.annotationIds ?? [],
        }),
      ),
    );
    return { participants: savedParticipants, agenda: savedAgenda };
  }

  /** Organisations, terms and vocabulary work must exist, and work must belong to the term it is listed under. */
  private async refuseUnknownReferences(write: WriteContext, input: UpdateSessionInput): Promise<void> {
    const { manager } = write;
    const participants = input.participants ?? [];
    const agenda = input.agenda ?? [];
    const organizationIds = [...(input.organiserId ? [input.organiserId] : []), ...participants.map((participant) => participant.organizationId)];
    const unknownOrganizations = await this.organizations.unknownIds(manager, organizationIds);
    if (unknownOrganizations.length) throw DomainError.invalidInput({ organizations: [message('validation.unknownOrganizations', { ids: unknownOrganizations.join(', ') })] });
    if (new Set(participants.map((participant) => participant.organizationId)).size < participants.length) {
      throw DomainError.invalidInput({ participants: [message('validation.participantTwice')] });
    }
    const termIds = agenda.map((item) => item.termId);
    if (new Set(termIds).size < termIds.length) throw DomainError.invalidInput({ agenda: [message('validation.termTwiceOnAgenda')] });
    const unknownTerms = await this.vocabulary.unknownTermIds(manager, termIds);
    if (unknownTerms.length) throw DomainError.invalidInput({ agenda: [message('validation.unknownTerms', { ids: unknownTerms.join(', ') })] });
    for (const item of agenda) {
      const foreign = await this.vocabulary.workNotOfTerm(manager, item.termId, {
        definitionIds: item.definitionIds ?? [],
        relationIds: item.relationIds ?? [],
        annotationIds: item.annotationIds ?? [],
      });
      if (foreign.length) throw DomainError.invalidInput({ agenda: [message('validation.outcomeOfOtherTerm', { ids: foreign.join(', ') })] });
    }
  }
}
