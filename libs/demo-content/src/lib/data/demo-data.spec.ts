import {
  AnnotationMotivation,
  EvidenceLevel,
  OrganizationKind,
  Perspective,
  ProjectStatus,
  Role,
  TermRelationKind,
} from '@werkkennis/kernel';
import { findings } from './findings';
import { interventions } from './interventions';
import { learningNetworks } from './networks';
import { organizations } from './organizations';
import { projects } from './projects';
import { terms } from './terms';
import { users } from './users';

const ALL = { organizations, learningNetworks, users, interventions, projects, findings, terms };

/** Every string anywhere in the demo data, with a path for readable failures. */
function collectStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') {
    out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectStrings(item, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectStrings(item, `${path}.${key}`, out);
  }
}

const allStrings: { path: string; text: string }[] = [];
collectStrings(ALL, 'demo', allStrings);

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}

function missing(referenced: Iterable<string>, existing: Set<string>): string[] {
  return [...new Set(referenced)].filter((ref) => !existing.has(ref));
}

const orgSlugs = new Set(organizations.map((o) => o.slug));
const orgBySlug = new Map(organizations.map((o) => [o.slug, o]));
const networkSlugs = new Set(learningNetworks.map((n) => n.slug));
const interventionSlugs = new Set(interventions.map((i) => i.slug));
const projectSlugs = new Set(projects.map((p) => p.slug));
const termSlugs = new Set(terms.map((t) => t.slug));
const userEmails = new Set(users.map((u) => u.email));

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

describe('demo content', () => {
  describe('volumes', () => {
    it('has enough records of each kind', () => {
      expect(organizations.length).toBeGreaterThanOrEqual(14);
      expect(learningNetworks.length).toBeGreaterThanOrEqual(2);
      expect(projects.length).toBeGreaterThanOrEqual(12);
      expect(interventions.length).toBeGreaterThanOrEqual(16);
      expect(findings.length).toBeGreaterThanOrEqual(24);
      expect(terms.length).toBeGreaterThanOrEqual(14);
      expect(users.length).toBeGreaterThanOrEqual(10);
    });

    it('gives every term 2–4 definitions, each from a different perspective', () => {
      for (const term of terms) {
        expect(term.definitions.length).toBeGreaterThanOrEqual(2);
        expect(term.definitions.length).toBeLessThanOrEqual(4);
        const perspectives = term.definitions.map((d) => d.perspective);
        expect({ term: term.slug, dupes: duplicates(perspectives) }).toEqual({ term: term.slug, dupes: [] });
      }
    });

    it('gives vakmanschap four definitions and a contesting annotation', () => {
      const vakmanschap = terms.find((t) => t.slug === 'vakmanschap');
      expect(vakmanschap?.definitions).toHaveLength(4);
      const motivations = vakmanschap!.definitions.flatMap((d) => d.annotations.map((a) => a.motivation));
      expect(motivations).toContain(AnnotationMotivation.CONTESTING);
      expect(motivations.length).toBeGreaterThanOrEqual(4);
    });

    it('knows evidence-based werken by its abbreviations and variants', () => {
      const ebw = terms.find((t) => t.slug === 'evidence-based-werken');
      expect(ebw?.label).toBe('evidence-based werken');
      expect(ebw?.abbreviations).toEqual(['EBP']);
      expect(ebw?.labelEn).toBe('evidence-based practice');
      expect(ebw?.altLabelsNl).toEqual(expect.arrayContaining(['evidence based werken', 'onderbouwd werken']),
      );
    });
  });

  describe('identity', () => {
    it.each([
      ['organisations', organizations.map((o) => o.slug)],
      ['networks', learningNetworks.map((n) => n.slug)],
      ['interventions', interventions.map((i) => i.slug)],
      ['projects', projects.map((p) => p.slug)],
      ['terms', terms.map((t) => t.slug)],
      ['users', users.map((u) => u.email)],
    ])('has unique keys for %s', (_kind, keys) => {
      expect(duplicates(keys)).toEqual([]);
    });

    it('uses kebab-case slugs', () => {
      const slugs = [...orgSlugs, ...networkSlugs, ...interventionSlugs, ...projectSlugs, ...termSlugs];
      expect(slugs.filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s))).toEqual([]);
    });

    it('has unique term labels', () => {
      expect(duplicates(terms.map((t) => t.label.toLowerCase()))).toEqual([]);
    });
  });

  describe('references', () => {
    it('refers only to existing organisations', () => {
      const refs = [
        ...learningNetworks.flatMap((n) => n.memberSlugs),
        ...users.flatMap((u) => (u.organizationSlug ? [u.organizationSlug] : [])),
        ...projects.flatMap((p) => [p.leadOrganizationSlug, ...p.partnerOrganizationSlugs]),
        ...interventions.flatMap((i) => i.developerOrganizationSlugs),
        ...terms.flatMap((t) => t.definitions.flatMap((d) => (d.organizationSlug ? [d.organizationSlug] : []))),
      ];
      expect(missing(refs, orgSlugs)).toEqual([]);
    });

    it('refers only to existing networks, interventions and projects', () => {
      expect(missing(projects.flatMap((p) => (p.networkSlug ? [p.networkSlug] : [])), networkSlugs)).toEqual([]);
      expect(missing(projects.flatMap((p) => p.interventionSlugs), interventionSlugs)).toEqual([]);
      expect(missing(findings.map((f) => f.projectSlug), projectSlugs)).toEqual([]);
    });

    it('refers only to existing terms, without self-references, duplicates or contradictions', () => {
      const edges = new Map<string, TermRelationKind>();
      const inverse = {
        [TermRelationKind.BROADER]: TermRelationKind.NARROWER,
        [TermRelationKind.NARROWER]: TermRelationKind.BROADER,
        [TermRelationKind.RELATED]: TermRelationKind.RELATED,
      };
      for (const term of terms) {
        for (const rel of term.relations) {
          expect({ from: term.slug, to: rel.termSlug, exists: termSlugs.has(rel.termSlug) }).toEqual({
            from: term.slug,
            to: rel.termSlug,
            exists: true,
          });
          expect(rel.termSlug).not.toBe(term.slug);
          const key = `${term.slug}→${rel.termSlug}`;
          const back = `${rel.termSlug}→${term.slug}`;
          // Each pair is stated once, in one direction only.
          expect({ key, stated: edges.has(key) || edges.has(back) }).toEqual({ key, stated: false });
          edges.set(key, rel.kind);
          edges.set(back, inverse[rel.kind]);
        }
      }
      // No cycles in the hierarchy: follow BROADER links upward from every term.
      const broader = (slug: string) =>
        [...edges.entries()]
          .filter(([k, kind]) => k.startsWith(`${slug}→`) && kind === TermRelationKind.BROADER)
          .map(([k]) => k.split('→')[1]);
      for (const start of termSlugs) {
        const seen = new Set<string>();
        const queue = broader(start);
        while (queue.length) {
          const next = queue.shift()!;
          expect(next).not.toBe(start);
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(...broader(next));
          }
        }
      }
    });

    it('refers only to existing users', () => {
      const authors = terms.flatMap((t) =>
        t.definitions.flatMap((d) => [d.authorEmail, ...d.annotations.map((a) => a.authorEmail)]),
      );
      expect(missing(authors, userEmails)).toEqual([]);
    });
  });

  describe('demo accounts', () => {
    it.each([
      ['redacteur@tilburg.example', Role.EDITOR, 'gemeente-tilburg'],
      ['redacteur@amsterdam.example', Role.EDITOR, 'gemeente-amsterdam'],
      ['onderzoeker@tilburguniversity.example', Role.RESEARCHER, 'tilburg-university'],
      ['beheer@werkkennis.example', Role.ADMIN, null],
    ])('has %s as %s', (email, role, org) => {
      const user = users.find((u) => u.email === email);
      expect(user).toBeDefined();
      expect(user!.role).toBe(role);
      expect(user!.organizationSlug).toBe(org);
    });

    it('has the practitioner account, without an organisation or at UWV', () => {
      const user = users.find((u) => u.email === 'professional@werkkennis.example');
      expect(user?.role).toBe(Role.PRACTITIONER);
      expect([null, 'uwv']).toContain(user!.organizationSlug);
    });
  });

  describe('privacy and addresses', () => {
    it('uses only .example e-mail addresses', () => {
      const emails = allStrings.flatMap(({ path, text }) =>
        (text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g) ?? []).map((email) => ({ path, email })),
      );
      expect(emails.length).toBeGreaterThan(0);
      expect(emails.filter(({ email }) => !email.toLowerCase().endsWith('.example'))).toEqual([]);
    });

    it('uses only URLs whose host ends in .example', () => {
      const urls = allStrings.flatMap(({ path, text }) =>
        (text.match(/https?:\/\/[^\s)"'<>,;]+/g) ?? []).map((url) => ({ path, url })),
      );
      expect(urls.length).toBeGreaterThan(0);
      const bad = urls.filter(({ url }) => {
        try {
          return !new URL(url).hostname.endsWith('.example');
        } catch {
          return true;
        }
      });
      expect(bad).toEqual([]);
      // Bare domains without a scheme would slip past the check above.
      const bare = allStrings.filter(({ text }) => /\bwww\.[a-z0-9-]+\.(nl|com|org|eu|edu)\b/i.test(text));
      expect(bare).toEqual([]);
    });

    it('gives every organisation an https .example website', () => {
      for (const org of organizations) {
        const url = new URL(org.website);
        expect(url.protocol).toBe('https:');
        expect(url.hostname.endsWith('.example')).toBe(true);
      }
    });

    it('never names real people from the seed documents', () => {
      const forbidden = ['van der Klink', 'Blonk', 'vdrklink', 'Nijnatten', 'Marianne Holl'];
      const hits = allStrings.filter(({ text }) => forbidden.some((name) => text.includes(name)));
      expect(hits).toEqual([]);
    });

    it('contains no placeholder text or markup', () => {
      const hits = allStrings.filter(({ text }) => /lorem|ipsum|TODO|<\/?[a-z]+>|^#/i.test(text));
      expect(hits).toEqual([]);
    });
  });

  describe('organisations and networks', () => {
    it('covers the kinds of organisation in the field', () => {
      const kinds = new Set(organizations.map((o) => o.kind));
      for (const kind of [
        OrganizationKind.MUNICIPALITY,
        OrganizationKind.UWV,
        OrganizationKind.MINISTRY,
        OrganizationKind.UNIVERSITY,
        OrganizationKind.UNIVERSITY_OF_APPLIED_SCIENCES,
        OrganizationKind.KNOWLEDGE_INSTITUTE,
        OrganizationKind.SECTOR_ORGANIZATION,
        OrganizationKind.FUNDER,
        OrganizationKind.EMPLOYER,
      ]) {
        expect(kinds).toContain(kind);
      }
    });

    it('describes the Gewogen Maatwerk network as it is', () => {
      const gm = learningNetworks.find((n) => n.slug === 'gewogen-maatwerk');
      expect(gm).toBeDefined();
      expect(gm!.startDate).toBe('2022-09-01');
      const members = gm!.memberSlugs.map((slug) => orgBySlug.get(slug)!);
      expect(members.filter((o) => o.kind === OrganizationKind.MUNICIPALITY)).toHaveLength(7);
      expect(members.filter((o) => o.kind === OrganizationKind.UNIVERSITY_OF_APPLIED_SCIENCES)).toHaveLength(3);
      expect(gm!.memberSlugs).toEqual(expect.arrayContaining(['tno', 'tilburg-university']));
      expect(members.some((o) => o.kind === OrganizationKind.SECTOR_ORGANIZATION)).toBe(true);
      expect(gm!.funders).toContain('ZonMw');
    });

    it('has valid network dates', () => {
      for (const n of learningNetworks) {
        expect(isIsoDate(n.startDate) && isIsoDate(n.endDate)).toBe(true);
        expect(n.startDate < n.endDate).toBe(true);
      }
    });
  });

  describe('projects and findings', () => {
    it('has exactly two drafts, one of Tilburg and one of Amsterdam', () => {
      const drafts = projects.filter((p) => !p.published);
      expect(drafts).toHaveLength(2);
      expect(drafts.map((p) => p.leadOrganizationSlug).sort()).toEqual(['gemeente-amsterdam', 'gemeente-tilburg']);
    });

    it('has at least two projects each for Tilburg and Amsterdam', () => {
      for (const org of ['gemeente-tilburg', 'gemeente-amsterdam']) {
        expect(projects.filter((p) => p.leadOrganizationSlug === org).length).toBeGreaterThanOrEqual(2);
      }
    });

    it('uses every project status and fills every field', () => {
      expect(new Set(projects.map((p) => p.status))).toEqual(new Set(Object.values(ProjectStatus)));
      for (const p of projects) {
        for (const text of [p.title, p.summary, p.reason, p.background, p.goal, p.expectedResults]) {
          expect(text.trim().length).toBeGreaterThan(20);
        }
        expect(isIsoDate(p.startDate)).toBe(true);
        expect(p.durationMonths).toBeGreaterThan(0);
        expect(p.leads.length).toBeGreaterThanOrEqual(1);
        expect(p.leads.length).toBeLessThanOrEqual(2);
        expect(p.funders.length).toBeGreaterThanOrEqual(1);
        expect(p.themes.length).toBeGreaterThanOrEqual(1);
      }
      expect(projects.filter((p) => p.networkSlug === 'gewogen-maatwerk').length).toBeGreaterThan(projects.length / 2);
    });

    it('attaches findings only to published projects', () => {
      const published = new Set(projects.filter((p) => p.published).map((p) => p.slug));
      expect(findings.filter((f) => !published.has(f.projectSlug)).map((f) => f.title)).toEqual([]);
    });

    it('gives every finding at least one document link', () => {
      for (const f of findings) expect(f.documentLinks.length).toBeGreaterThanOrEqual(1);
    });
  });

  describe('interventions', () => {
    it('spans the whole evidence ladder', () => {
      expect(new Set(interventions.map((i) => i.evidenceLevel))).toEqual(new Set(Object.values(EvidenceLevel)));
    });

    it('describes each intervention completely', () => {
      for (const i of interventions) {
        expect(i.workingElements.length).toBeGreaterThanOrEqual(3);
        expect(i.workingElements.length).toBeLessThanOrEqual(5);
        expect(i.sources.length).toBeGreaterThanOrEqual(1);
        expect(i.sources.length).toBeLessThanOrEqual(3);
        expect(i.determinants.length).toBeGreaterThanOrEqual(1);
        expect(i.targetGroups.length).toBeGreaterThanOrEqual(1);
        expect(i.tracks.length).toBeGreaterThanOrEqual(1);
        expect(i.developerOrganizationSlugs.length).toBeGreaterThanOrEqual(1);
        expect(isIsoDate(i.evidenceRatedOn)).toBe(true);
        for (const text of [i.summary, i.whatYouDo, i.howYouDoIt, i.effect, i.evidenceRationale]) {
          expect(text.trim().length).toBeGreaterThan(20);
        }
      }
    });
  });

  describe('definitions and annotations', () => {
    const allowedKinds: Record<Perspective, (OrganizationKind | null)[]> = {
      [Perspective.MINISTRY]: [OrganizationKind.MINISTRY],
      [Perspective.UWV]: [OrganizationKind.UWV],
      [Perspective.MUNICIPALITY]: [OrganizationKind.MUNICIPALITY],
      [Perspective.RESEARCH]: [
        OrganizationKind.UNIVERSITY,
        OrganizationKind.UNIVERSITY_OF_APPLIED_SCIENCES,
        OrganizationKind.KNOWLEDGE_INSTITUTE,
      ],
      [Perspective.EDUCATION]: [OrganizationKind.UNIVERSITY, OrganizationKind.UNIVERSITY_OF_APPLIED_SCIENCES],
      [Perspective.EMPLOYER]: [OrganizationKind.EMPLOYER, OrganizationKind.SECTOR_ORGANIZATION],
      [Perspective.PRACTITIONER]: [
        null,
        OrganizationKind.UWV,
        OrganizationKind.MUNICIPALITY,
        OrganizationKind.SECTOR_ORGANIZATION,
        OrganizationKind.OTHER,
      ],
      [Perspective.CLIENT]: [null, OrganizationKind.OTHER],
    };

    it('matches each perspective with a fitting organisation', () => {
      for (const term of terms) {
        for (const d of term.definitions) {
          const kind = d.organizationSlug ? (orgBySlug.get(d.organizationSlug)?.kind ?? null) : null;
          expect({ term: term.slug, perspective: d.perspective, fits: allowedKinds[d.perspective].includes(kind) }).toEqual(
            { term: term.slug, perspective: d.perspective, fits: true },
          );
        }
      }
    });

    it('gives definitions a source and at most three annotations', () => {
      for (const term of terms) {
        for (const d of term.definitions) {
          expect(d.source.trim().length).toBeGreaterThan(5);
          expect(d.annotations.length).toBeLessThanOrEqual(3);
          if (d.sourceUrl !== null) expect(new URL(d.sourceUrl).hostname.endsWith('.example')).toBe(true);
        }
      }
    });

    it('gives every linking annotation a reference, and uses every motivation', () => {
      const annotations = terms.flatMap((t) => t.definitions.flatMap((d) => d.annotations));
      for (const a of annotations.filter((a) => a.motivation === AnnotationMotivation.LINKING)) {
        expect(a.references.length).toBeGreaterThanOrEqual(1);
      }
      expect(new Set(annotations.map((a) => a.motivation))).toEqual(new Set(Object.values(AnnotationMotivation)));
    });
  });
});
