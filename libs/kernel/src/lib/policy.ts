import type { Actor, MaybeActor } from './actor';
import { DomainError } from './domain-error';
import { message } from './messages';
import { AnnotationMotivation, Role } from './vocabularies';

/**
 * Who may do what, in one table. Services ask `authorize` before every write, so the rule
 * holds whichever way a request arrives (GraphQL, seeding, scripts).
 */
export type Action =
  | 'project.create'
  | 'project.update'
  | 'project.publish'
  | 'project.archive'
  | 'finding.add'
  | 'finding.correct'
  | 'finding.withdraw'
  | 'intervention.create'
  | 'intervention.update'
  | 'definition.add'
  | 'annotation.add'
  | 'annotation.judge'
  | 'audit.read'
  | 'account.manage'
  | 'term.create'
  | 'term.update'
  | 'term.setStatus'
  | 'termCollection.create'
  | 'definition.update'
  | 'definition.relate'
  | 'definition.withdrawRelation'
  | 'annotation.update'
  | 'annotation.delete'
  | 'vocabulary.import'
  | 'knowledgeGap.read'
  | 'theme.manage'
  | 'organization.manage'
  | 'session.record'
  | 'session.update'
  | 'practiceExperience.add'
  | 'practiceExperience.respond'
  | 'practiceExperience.hide'
  | 'follow.change';

/** The organisation that owns the resource, for actions scoped to one organisation. */
export interface Ownership {
  organizationIds: string[];
}

/**
 * Definitions, relations between them and annotations are personal work: on top of the role,
 * only whoever wrote a given piece changes it ('author'); a definition also its author's
 * colleagues ('colleagues': same organisation), so a research group keeps its own definition
 * current. Admins change any.
 */
export type WorkScope = 'author' | 'colleagues';

type Rule = { roles: Role[]; ownOrganizationOnly: boolean; personalWork?: WorkScope };

const { PRACTITIONER, EDITOR, RESEARCHER, ADMIN } = Role;

export const POLICY: Record<Action, Rule> = {
  'project.create': { roles: [EDITOR, ADMIN], ownOrganizationOnly: false },
  'project.update': { roles: [EDITOR, ADMIN], ownOrganizationOnly: true },
  'project.publish': { roles: [EDITOR, ADMIN], ownOrganizationOnly: true },
  'project.archive': { roles: [EDITOR, ADMIN], ownOrganizationOnly: true },
  'finding.add': { roles: [EDITOR, ADMIN], ownOrganizationOnly: true },
  // A published result is corrected or withdrawn by whoever may publish it: the project's own organisation.
  'finding.correct': { roles: [EDITOR, ADMIN], ownOrganizationOnly: true },
  'finding.withdraw': { roles: [EDITOR, ADMIN], ownOrganizationOnly: true },
  'intervention.create': { roles: [EDITOR, RESEARCHER, ADMIN], ownOrganizationOnly: false },
  'intervention.update': { roles: [EDITOR, RESEARCHER, ADMIN], ownOrganizationOnly: true },
  'definition.add': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false },
  // Practitioners bring the practice voice: they comment and question (PRACTICE_MOTIVATIONS).
  // Supporting, contesting and linking sources are researchers' judgements: 'annotation.judge'.
  'annotation.add': { roles: [PRACTITIONER, RESEARCHER, ADMIN], ownOrganizationOnly: false },
  'annotation.judge': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false },
  // Per entry, not per trail: see canReadAuditEntry.
  'audit.read': { roles: [EDITOR, RESEARCHER, ADMIN], ownOrganizationOnly: true },
  'account.manage': { roles: [ADMIN], ownOrganizationOnly: false },
  // Researchers propose terms and edit them; only admins decide a term's status.
  'term.create': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false },
  'term.update': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false },
  'term.setStatus': { roles: [ADMIN], ownOrganizationOnly: false },
  'termCollection.create': { roles: [ADMIN], ownOrganizationOnly: false },
  // Personal work (see WorkScope): the vocabulary services also ask mayChangeWork.
  'definition.update': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false, personalWork: 'colleagues' },
  'definition.relate': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false },
  'definition.withdrawRelation': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false, personalWork: 'author' },
  'annotation.update': { roles: [PRACTITIONER, RESEARCHER, ADMIN], ownOrganizationOnly: false, personalWork: 'author' },
  'annotation.delete': { roles: [PRACTITIONER, RESEARCHER, ADMIN], ownOrganizationOnly: false, personalWork: 'author' },
  'vocabulary.import': { roles: [ADMIN], ownOrganizationOnly: false },
  // What the field searches for and does not find: for those who can fill the gap with a term or a study.
  'knowledgeGap.read': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false },
  // The shared lists everyone files under: kept by admins so one spelling holds for all.
  'theme.manage': { roles: [ADMIN], ownOrganizationOnly: false },
  'organization.manage': { roles: [ADMIN], ownOrganizationOnly: false },
  // Session reports are the researchers' account of a meeting; the recorder's colleagues keep it current.
  'session.record': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false },
  'session.update': { roles: [RESEARCHER, ADMIN], ownOrganizationOnly: false, personalWork: 'colleagues' },
  // Practice experience is the field's voice beside the evidence: those who work with interventions
  // share it; the intervention's developers answer once; admins hide what does not belong.
  'practiceExperience.add': { roles: [PRACTITIONER, EDITOR, ADMIN], ownOrganizationOnly: false },
  'practiceExperience.respond': { roles: [EDITOR, ADMIN], ownOrganizationOnly: true },
  'practiceExperience.hide': { roles: [ADMIN], ownOrganizationOnly: false },
  // What someone follows is their own: anyone signed in keeps their list.
  'follow.change': { roles: [PRACTITIONER, EDITOR, RESEARCHER, ADMIN], ownOrganizationOnly: false },
};

/**
 * The role half of the rule: checked before a resource is even looked up, so a role that may
 * never do this learns so at once (FORBIDDEN), whatever resource it names.
 */
export function authorizeRole(actor: MaybeActor, action: Action): Actor {
  if (!actor) throw DomainError.unauthenticated();
  const rule = POLICY[action];
  if (!rule.roles.includes(actor.role)) {
    const allowed = rule.roles.map((role) => message(`role.${role}`));
    throw DomainError.forbidden(message('error.roleNotAllowed', { role: message(`role.${actor.role}`), allowed }));
  }
  return actor;
}

/** Throws UNAUTHENTICATED or FORBIDDEN when the actor may not perform the action on this resource. */
export function authorize(actor: MaybeActor, action: Action, ownership?: Ownership): Actor {
  authorizeRole(actor, action);
  const rule = POLICY[action];
  if (rule.ownOrganizationOnly && actor!.role !== Role.ADMIN) {
    const owns = !!actor!.organizationId && !!ownership?.organizationIds.includes(actor!.organizationId);
    if (!owns) {
      throw DomainError.forbidden(message('error.otherOrganization'));
    }
  }
  return actor!;
}

/** Who wrote a piece of personal work, and (for the scope 'colleagues') the organisation they belong to now. */
export interface Authorship {
  authorId: string;
  authorOrganizationId?: string | null;
}

/** Whether the actor may do this action to this piece of personal work: the role, then the work's scope (see WorkScope). */
export function mayChangeWork(actor: MaybeActor, action: Action, work: Authorship): boolean {
  const rule = POLICY[action];
  if (!actor || !rule.roles.includes(actor.role)) return false;
  if (!rule.personalWork || actor.role === Role.ADMIN || actor.userId === work.authorId) return true;
  return rule.personalWork === 'colleagues' && !!actor.organizationId && actor.organizationId === work.authorOrganizationId;
}

/** Motivations open to everyone who may annotate; the others take 'annotation.judge'. */
export const PRACTICE_MOTIVATIONS: readonly AnnotationMotivation[] = [AnnotationMotivation.COMMENTING, AnnotationMotivation.QUESTIONING];

/** Throws FORBIDDEN, naming what remains, when the actor's role may not annotate with this motivation. */
export function authorizeMotivation(actor: Actor, motivation: AnnotationMotivation): void {
  if (PRACTICE_MOTIVATIONS.includes(motivation) || POLICY['annotation.judge'].roles.includes(actor.role)) return;
  throw DomainError.forbidden(message('error.practiceMotivationsOnly', { role: message(`role.${actor.role}`) }));
}

/** Drafts and archived items are readable only by their own organisation and admins. */
export function canReadUnpublished(actor: MaybeActor, ownerOrganizationId: string): boolean {
  if (!actor) return false;
  return actor.role === Role.ADMIN || (actor.role === Role.EDITOR && actor.organizationId === ownerOrganizationId);
}

/** What reading one audit entry depends on: the kind of its subject and the organisation it was recorded for. */
export interface AuditEntryScope {
  subjectType: string;
  organizationId: string | null;
}

/**
 * Audit entries are read one by one, because one trail can hold the work of several
 * organisations (a researcher who relates another organisation's definition files the relation
 * under that definition). Admins read every entry. Editors and researchers read the entries
 * recorded for their own organisation, except account entries (they hold e-mail addresses:
 * admins only) and project and finding entries, whose history holds drafts: only for those who
 * may read the organisation's drafts.
 */
export function canReadAuditEntry(reader: Actor, entry: AuditEntryScope): boolean {
  if (!POLICY['audit.read'].roles.includes(reader.role)) return false;
  if (reader.role === Role.ADMIN) return true;
  if (!entry.organizationId || entry.organizationId !== reader.organizationId) return false;
  if (entry.subjectType === 'USER') return false;
  if (entry.subjectType === 'PROJECT' || entry.subjectType === 'FINDING') return canReadUnpublished(reader, entry.organizationId);
  return true;
}

/** Field names that hold personal data; their values in the audit trail are for admins only. */
const PERSONAL_FIELD = /e-?mail/i;
export const REDACTED = '[afgeschermd]';

type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** An audit entry's changes as this reader may see them: personal data replaced by a marker for anyone but an admin. */
export function auditChangesFor(reader: Actor, changes: AuditChanges): AuditChanges {
  if (reader.role === Role.ADMIN) return changes;
  const hidden = (value: unknown) => (value === null ? null : REDACTED);
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) => [field, PERSONAL_FIELD.test(field) ? { before: hidden(change.before), after: hidden(change.after) } : change]),
  );
}
