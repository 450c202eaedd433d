import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError, type MaybeActor, message, Role } from '@werkkennis/kernel';
import { INTERVENTION_DEVELOPERS, InterventionService } from '@werkkennis/interventions';
import { type Change, groupedBy, linkedIds, UnitOfWork, type WriteContext } from '@werkkennis/persistence';
import { In, IsNull, Repository } from 'typeorm';
import { PracticeExperienceEntity } from './practice-experience.entity';
import type { AddPracticeExperienceInput } from './practice-experience.inputs';

/** An experience joins the trail of the intervention's (first) developer, who reads and answers it. */
const experienceChange = (organizationId: string | null, before: PracticeExperienceEntity | null, after: PracticeExperienceEntity): Change => ({
  subjectType: 'PRACTICE_EXPERIENCE',
  subjectId: after.id,
  organizationId,
  before,
  after,
  // The intervention's search document holds the text of its visible experiences.
  reindex: [{ type: 'INTERVENTION', id: after.interventionId }],
});

/**
 * Practice experience: practitioners and editors tell what they saw with an intervention; its
 * developers may respond once; an admin hides one that does not belong, with a reason.
 */
@Injectable()
export class PracticeExperienceService {
  constructor(
    @InjectRepository(PracticeExperienceEntity) private readonly experiences: Repository<PracticeExperienceEntity>,
    private readonly interventions: InterventionService,
    private readonly writes: UnitOfWork,
  ) {}

  /** For DataLoader: each intervention's experiences, newest first; hidden ones only for admins. */
  async forInterventions(actor: MaybeActor, interventionIds: readonly string[]): Promise<PracticeExperienceEntity[][]> {
    const rows = await this.experiences.find({
      where: { interventionId: In([...interventionIds]), ...(actor?.role === Role.ADMIN ? {} : { hiddenAt: IsNull() }) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return groupedBy(interventionIds, rows, (row) => row.interventionId);
  }

  /** For DataLoader: the organisations that develop each intervention, who may respond. */
  async developersOf(interventionIds: readonly string[]): Promise<string[][]> {
    const linked = await linkedIds(this.experiences.manager, INTERVENTION_DEVELOPERS, [...interventionIds]);
    return interventionIds.map((id) => linked.get(id) ?? []);
  }

  add(actor: MaybeActor, input: AddPracticeExperienceInput): Promise<PracticeExperienceEntity> {
    return this.writes.run(actor, 'practiceExperience.add', async (write) => {
      if ((await this.interventions.unknownIds(write.manager, [input.interventionId])).length) throw DomainError.notFound('noun.intervention', input.interventionId);
      const saved = await write.manager.save(
        write.manager.create(PracticeExperienceEntity, {
          interventionId: input.interventionId,
          authorId: write.actor.userId,
          organizationName: input.organizationName.trim(),
          targetGroup: input.targetGroup.trim(),
          whatWorked: input.whatWorked.trim(),
          whatDidNotWork: input.whatDidNotWork.trim(),
          wouldUseAgain: input.wouldUseAgain,
        }),
      );
      const [developerId] = await this.developerIds(write, saved.interventionId);
      write.record(experienceChange(developerId ?? null, null, saved));
      return saved;
    });
  }

  /** The developers' one response; an editor of any other organisation is refused. */
  respond(actor: MaybeActor, id: string, response: string): Promise<PracticeExperienceEntity> {
    return this.writes.run(actor, 'practiceExperience.respond', async (write) => {
      const experience = await this.visibleForChange(write, id);
      const developerIds = await this.developerIds(write, experience.interventionId);
      const responder = write.authorizeOwnership(developerIds);
      if (experience.response !== null) throw DomainError.invalidInput({ response: [message('validation.experienceAlreadyAnswered')] });
      const before = { ...experience };
      const respondingOrganizationId = developerIds.includes(responder.organizationId ?? '') ? responder.organizationId : (developerIds[0] ?? null);
      Object.assign(experience, { response: response.trim(), respondedAt: new Date(), respondingOrganizationId });
      const saved = await write.manager.save(experience);
      write.record(experienceChange(respondingOrganizationId, before, saved));
      return saved;
    });
  }

  /** Hidden from the page and from search; the reason stays on the record and in the trail. */
  hide(actor: MaybeActor, id: string, reason: string): Promise<PracticeExperienceEntity> {
    return this.writes.run(actor, 'practiceExperience.hide', async (write) => {
      const experience = await this.visibleForChange(write, id);
      const before = { ...experience };
      Object.assign(experience, { hiddenAt: new Date(), hiddenReason: reason.trim() });
      const saved = await write.manager.save(experience);
      const [developerId] = await this.developerIds(write, saved.interventionId);
      write.record(experienceChange(developerId ?? null, before, saved));
      return saved;
    });
  }

  /** Locked, so two responses cannot both be the one; a hidden experience changes no more. */
  private async visibleForChange(write: WriteContext, id: string): Promise<PracticeExperienceEntity> {
    const experience = await write.load(PracticeExperienceEntity, id, 'noun.practiceExperience', { lock: true });
    if (experience.hiddenAt) throw DomainError.invalidInput({ id: [message('validation.experienceHidden')] });
    return experience;
  }

  private async developerIds(write: WriteContext, interventionId: string): Promise<string[]> {
    return (await linkedIds(write.manager, INTERVENTION_DEVELOPERS, [interventionId])).get(interventionId) ?? [];
  }
}
