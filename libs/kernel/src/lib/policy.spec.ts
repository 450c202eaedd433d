import { auditChangesFor, canReadAuditEntry, REDACTED } from './policy';
import { Role } from './vocabularies';

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
