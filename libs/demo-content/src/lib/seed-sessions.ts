import { type Perspective, slugify } from '@werkkennis/kernel';
import { SessionEntity, SessionParticipantEntity, SessionTermEntity } from '@werkkennis/network';
import type { EntityManager } from 'typeorm';
import { sessions, termTimelines } from './data/sessions';

type Ids = Map<string, string>;

/** The demo vocabulary of one term, by perspective: definition ids, and relation and annotation ids as the sessions name them. */
async function vocabularyOf(manager: EntityManager, termId: string) {
  const definitions: { id: string; perspective: Perspective }[] = await manager.query('SELECT id, perspective FROM definition WHERE term_id = $1', [termId]);
  const relations: { id: string; from: Perspective; to: Perspective }[] = await manager.query(
    `SELECT relation.id, origin.perspective AS "from", target.perspective AS "to"
       FROM definition_relation relation
       JOIN definition origin ON origin.id = relation.from_definition_id
       JOIN definition target ON target.id = relation.to_definition_id
      WHERE origin.term_id = $1`,
    [termId],
  );
  const annotations: { id: string; on: Perspective; email: string }[] = await manager.query(
    `SELECT annotation.id, definition.perspective AS "on", app_user.email
       FROM annotation JOIN definition ON definition.id = annotation.definition_id JOIN app_user ON app_user.id = annotation.author_id
      WHERE definition.term_id = $1`,
    [termId],
  );
  const one = <T extends { id: string }>(rows: T[], match: (row: T) => boolean, what: string): string => {
    const found = rows.find(match);
    if (!found) throw new Error(`Demo-bijeenkomst verwijst naar onbekende ${what}.`);
    return found.id;
  };
  return {
    definition: (perspective: Perspective) => one(definitions, (row) => row.perspective === perspective, `definitie (${perspective})`),
    relation: (from: Perspective, to: Perspective) => one(relations, (row) => row.from === from && row.to === to, `relatie (${from} → ${to})`),
    annotation: (on: Perspective, email: string) => one(annotations, (row) => row.on === on && row.email === email, `annotatie (${on}, ${email})`),
  };
}

/**
 * The session series, and the dates its terms' definitions and relations got: the demo
 * vocabulary is written in one go, so without those dates every timeline would be one point.
 * Each definition keeps one version, now dated when it was added.
 */
export async function seedSessions(manager: EntityManager, ids: { organizations: Ids; users: Ids; terms: Ids }): Promise<number> {
  const lookup = (map: Ids, key: string, what: string) => {
    const found = map.get(key);
    if (!found) throw new Error(`Demo-bijeenkomst verwijst naar onbekende ${what} "${key}".`);
    return found;
  };
  for (const timeline of termTimelines) {
    const termId = lookup(ids.terms, timeline.termSlug, 'begrip');
    const vocabulary = await vocabularyOf(manager, termId);
    for (const [perspective, on] of Object.entries(timeline.definitionsAddedOn) as [Perspective, string][]) {
      const id = vocabulary.definition(perspective);
      await manager.query('UPDATE definition SET created_at = $2 WHERE id = $1', [id, on]);
      await manager.query('UPDATE definition_version SET changed_at = $2 WHERE definition_id = $1', [id, on]);
    }
    for (const { from, to, on } of timeline.relationsStatedOn) {
      await manager.query('UPDATE definition_relation SET created_at = $2 WHERE id = $1', [vocabulary.relation(from, to), on]);
    }
  }
  for (const session of sessions) {
    const recordedById = lookup(ids.users, session.recordedByEmail, 'gebruiker');
    const [{ organizationId }]: { organizationId: string | null }[] = await manager.query('SELECT organization_id AS "organizationId" FROM app_user WHERE id = $1', [recordedById]);
    const saved = await manager.save(
      manager.create(SessionEntity, {
        slug: slugify(`${session.heldOn} ${session.title}`),
        kind: session.kind,
        title: session.title,
        heldOn: session.heldOn,
        organiserId: lookup(ids.organizations, session.organiserSlug, 'organisatie'),
        summary: session.summary,
        recordedById,
        recordedForId: organizationId,
      }),
    );
    await manager.save(
      session.participants.map((participant, position) =>
        manager.create(SessionParticipantEntity, {
          sessionId: saved.id,
          organizationId: lookup(ids.organizations, participant.organizationSlug, 'organisatie'),
          perspective: participant.perspective,
          contribution: participant.contribution,
          position,
        }),
      ),
    );
    for (const [position, item] of session.agenda.entries()) {
      const termId = lookup(ids.terms, item.termSlug, 'begrip');
      const vocabulary = await vocabularyOf(manager, termId);
      await manager.save(
        manager.create(SessionTermEntity, {
          sessionId: saved.id,
          termId,
          position,
          meetingPoints: item.meetingPoints,
          differences: item.differences,
          followUp: item.followUp,
          definitionIds: item.definitions.map(vocabulary.definition),
          relationIds: item.relations.map(({ from, to }) => vocabulary.relation(from, to)),
          annotationIds: item.annotations.map(({ on, authorEmail }) => vocabulary.annotation(on, authorEmail)),
        }),
      );
    }
  }
  return sessions.length;
}
