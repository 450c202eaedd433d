import type { Perspective } from '../../../graphql/schema-types.generated';

/** The order of the columns: policy, implementation, research, practice, the people it is about. */
export const PERSPECTIVES: Perspective[] = ['MINISTRY', 'UWV', 'MUNICIPALITY', 'RESEARCH', 'PRACTITIONER', 'CLIENT', 'EMPLOYER', 'EDUCATION'];
