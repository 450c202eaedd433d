import type {
  CreateProjectInput,
  ProjectStatus,
  TargetGroup,
  UpdateProjectInput,
} from '../../../graphql/schema-types.generated';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import { linesToList, listToLines } from '../../../shared/lib/lines';
import type { EditableProjectQuery } from '../graphql/editable-project.generated';

/** The project form as the person edits it: text as typed, lists one per line. */
export interface ProjectFormValues {
  title: string;
  summary: string;
  reason: string;
  background: string;
  goal: string;
  expectedResults: string;
  status: ProjectStatus;
  startDate: string;
  durationMonths: string;
  leads: string;
  funders: string;
  /** Names from the managed theme list. */
  themes: string[];
  /** Only admins choose the lead organisation, and only for a new project. */
  organizationId: string;
  partnerOrganizationIds: string[];
  networkId: string;
  targetGroups: TargetGroup[];
  interventionIds: string[];
}

export type ProjectField = keyof ProjectFormValues;

export const EMPTY_PROJECT: ProjectFormValues = {
  title: '',
  summary: '',
  reason: '',
  background: '',
  goal: '',
  expectedResults: '',
  status: 'PLANNED',
  startDate: '',
  durationMonths: '',
  leads: '',
  funders: '',
  themes: [],
  organizationId: '',
  partnerOrganizationIds: [],
  networkId: '',
  targetGroups: [],
  interventionIds: [],
};

export function valuesFromProject(project: EditableProjectQuery['project']): ProjectFormValues {
  return {
    title: project.title,
    summary: project.summary,
    reason: project.reason,
    background: project.background,
    goal: project.goal,
    expectedResults: project.expectedResults,
    status: project.status,
    startDate: project.startDate ?? '',
    durationMonths: project.durationMonths === null ? '' : String(project.durationMonths),
    leads: listToLines(project.leads),
    funders: listToLines(project.funders),
    themes: [...project.themes],
    organizationId: project.leadOrganization.id,
    // `organizations` is the lead followed by the partners.
    partnerOrganizationIds: project.organizations.map((o) => o.id).filter((id) => id !== project.leadOrganization.id),
    networkId: project.network?.id ?? '',
    targetGroups: [...project.targetGroups],
    interventionIds: project.interventions.map((i) => i.id),
  };
}

export function sameValues(a: ProjectFormValues, b: ProjectFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface ValidationMessages {
  required: string;
  durationMonths: string;
  startDate: string;
}

/** The checks the browser can do itself; the API checks again and has the last word. */
export function validateProject(values: ProjectFormValues, messages: ValidationMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors['title'] = [messages.required];
  if (!values.summary.trim()) errors['summary'] = [messages.required];
  if (values.durationMonths.trim()) {
    const months = Number(values.durationMonths);
    if (!Number.isInteger(months) || months < 1 || months > 240) errors['durationMonths'] = [messages.durationMonths];
  }
  if (values.startDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.startDate)) errors['startDate'] = [messages.startDate];
  return errors;
}

/** Every field, so that emptying one in the form empties it in the project too. */
export function toUpdateInput(values: ProjectFormValues): UpdateProjectInput {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    reason: values.reason.trim(),
    background: values.background.trim(),
    goal: values.goal.trim(),
    expectedResults: values.expectedResults.trim(),
    status: values.status,
    startDate: values.startDate || null,
    durationMonths: values.durationMonths.trim() ? Number(values.durationMonths) : null,
    leads: linesToList(values.leads),
    funders: linesToList(values.funders),
    themes: values.themes,
    partnerOrganizationIds: values.partnerOrganizationIds,
    networkId: values.networkId || null,
    targetGroups: values.targetGroups,
    interventionIds: values.interventionIds,
  };
}

export function toCreateInput(values: ProjectFormValues): CreateProjectInput {
  return { ...toUpdateInput(values), title: values.title.trim(), summary: values.summary.trim(), organizationId: values.organizationId || undefined };
}
