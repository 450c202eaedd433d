import { describe, expect, it } from 'vitest';
import { EMPTY_PROJECT, toCreateInput, toUpdateInput, validateProject, valuesFromProject } from './project-form-values';

const messages = { required: 'verplicht', durationMonths: 'maanden', startDate: 'datum' };

describe('project form values', () => {
  it('asks for a title and a summary, and a sensible duration', () => {
    expect(validateProject({ ...EMPTY_PROJECT, durationMonths: '0' }, messages)).toEqual({
      title: ['verplicht'],
      summary: ['verplicht'],
      durationMonths: ['maanden'],
    });
    expect(validateProject({ ...EMPTY_PROJECT, title: 'T', summary: 'S', durationMonths: '24' }, messages)).toEqual({});
  });

  it('turns lines into lists and empty optional values into null', () => {
    const input = toUpdateInput({ ...EMPTY_PROJECT, title: ' T ', summary: 'S', leads: 'A. de Vries\n\n B. Jansen ', durationMonths: '' });
    expect(input).toMatchObject({ title: 'T', leads: ['A. de Vries', 'B. Jansen'], durationMonths: null, startDate: null, networkId: null });
  });

  it('sends the lead organisation only when one was chosen', () => {
    expect(toCreateInput({ ...EMPTY_PROJECT, title: 'T', summary: 'S' }).organizationId).toBeUndefined();
    expect(toCreateInput({ ...EMPTY_PROJECT, title: 'T', summary: 'S', organizationId: 'org' }).organizationId).toBe('org');
  });

  it('reads a project back into the form, partners without the lead', () => {
    const values = valuesFromProject({
      id: 'p', slug: 'p', title: 'T', summary: 'S', reason: '', background: '', goal: '', expectedResults: '',
      status: 'RUNNING', state: 'DRAFT', startDate: '2024-09-01', durationMonths: 36, leads: ['A'], funders: ['ZonMw'],
      themes: [], targetGroups: ['WW'], publishedAt: null,
      leadOrganization: { id: 'lead', name: 'Gemeente Tilburg' },
      organizations: [{ id: 'lead' }, { id: 'partner' }],
      network: null, interventions: [{ id: 'i1' }], findings: [],
    });
    expect(values).toMatchObject({ durationMonths: '36', funders: 'ZonMw', partnerOrganizationIds: ['partner'], interventionIds: ['i1'] });
  });
});
