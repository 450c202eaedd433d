import { auditChangesFor, authorizeMotivation, canReadAuditEntry, mayChangeWork, REDACTED } from './policy';
import { AnnotationMotivation, Role } from './vocabularies';

const reader = (role: Role, organizationId: string | null = 'tilburg') => ({ userId: 'u', role, organizationId });

/** Which audit entries a reader sees, and which values in them. */
describe('reading the audit trail', () => {
  it("gives editors and researchers only their own organisation's entries, never accounts, and projects only to who reads drafts", () => {
    const own = { subjectType: 'DEFINITION', organizationId: 'tilburg' };
    expect(canReadAuditEntry(reader(Role.RESEARCHER), own)).toBe(true);
    expect(canReadAuditEntry(reader(Role.RESEARCHER), { ...own, organizationId: 'amsterdam' })).toBe(false);
    expect(canReadAuditEntry(reader(Role.RESEARCHER), { ...own, organizationId: null })).toBe(false);
    expect(canReadAuditEntry(reader(Role.RESEARCHER, null), { ...own, organizationId: null })).toBe(false);
    expect(canReadAuditEntry(reader(Role.PRACTITIONER), own)).toBe(false);
    expect(canReadAuditEntry(reader(Role.EDITOR), { subjectType: 'USER', organizationId: 'tilburg' })).toBe(false);
    expect(canReadAuditEntry(reader(Role.EDITOR), { subjectType: 'PROJECT', organizationId: 'tilburg' })).toBe(true);
    expect(canReadAuditEntry(reader(Role.RESEARCHER), { subjectType: 'FINDING', organizationId: 'tilburg' })).toBe(false);
    expect(canReadAuditEntry(reader(Role.ADMIN, null), { subjectType: 'USER', organizationId: null })).toBe(true);
  });

  const changes = {
    contactEmail: { before: null, after: 'iemand@tilburg.example' },
    email: { before: 'oud@tilburg.example', after: 'nieuw@tilburg.example' },
    title: { before: 'Oude titel', after: 'Nieuwe titel' },
  };

  it('replaces e-mail values with a marker for editors and researchers, keeping that they changed', () => {
    for (const role of [Role.EDITOR, Role.RESEARCHER]) {
      expect(auditChangesFor(reader(role), changes)).toEqual({
        contactEmail: { before: null, after: REDACTED },
        email: { before: REDACTED, after: REDACTED },
        title: { before: 'Oude titel', after: 'Nieuwe titel' },
      });
    }
  });

  it('shows admins every value', () => {
    expect(auditChangesFor(reader(Role.ADMIN, null), changes)).toEqual(changes);
  });
});

/** Personal work: besides the role, who wrote it, and for definitions their colleagues. */
describe('changing personal work', () => {
  const researcher = (userId: string, organizationId: string | null) => ({ userId, role: Role.RESEARCHER, organizationId });
  const work = { authorId: 'author', authorOrganizationId: 'tilburg' };

  it('lets colleagues of the author revise a definition, but not change an annotation', () => {
    expect(mayChangeWork(researcher('author', 'tilburg'), 'definition.update', work)).toBe(true);
    expect(mayChangeWork(researcher('colleague', 'tilburg'), 'definition.update', work)).toBe(true);
    expect(mayChangeWork(researcher('other', 'amsterdam'), 'definition.update', work)).toBe(false);
    expect(mayChangeWork(researcher('colleague', 'tilburg'), 'annotation.update', work)).toBe(false);
    expect(mayChangeWork(researcher('author', 'tilburg'), 'annotation.update', work)).toBe(true);
  });

  it('never counts two people without an organisation as colleagues, and still asks the role', () => {
    const unaffiliated = { authorId: 'author', authorOrganizationId: null };
    expect(mayChangeWork(researcher('other', null), 'definition.update', unaffiliated)).toBe(false);
    expect(mayChangeWork({ userId: 'colleague', role: Role.EDITOR, organizationId: 'tilburg' }, 'definition.update', work)).toBe(false);
    expect(mayChangeWork({ userId: 'admin', role: Role.ADMIN, organizationId: null }, 'definition.update', work)).toBe(true);
    expect(mayChangeWork(null, 'definition.update', work)).toBe(false);
  });
});

/** The practice voice: practitioners comment and question; judging a definition stays with researchers. */
describe('annotation motivations', () => {
  it('lets practitioners comment and question, and tells them what remains when they would contest', () => {
    const practitioner = { userId: 'p', role: Role.PRACTITIONER, organizationId: null };
    expect(() => authorizeMotivation(practitioner, AnnotationMotivation.COMMENTING)).not.toThrow();
    expect(() => authorizeMotivation(practitioner, AnnotationMotivation.QUESTIONING)).not.toThrow();
    for (const motivation of [AnnotationMotivation.SUPPORTING, AnnotationMotivation.CONTESTING, AnnotationMotivation.LINKING]) {
      expect(() => authorizeMotivation(practitioner, motivation)).toThrow(/Als professional .* kies Toelichting of Vraag/);
    }
    expect(() => authorizeMotivation({ userId: 'r', role: Role.RESEARCHER, organizationId: null }, AnnotationMotivation.CONTESTING)).not.toThrow();
  });
});
