import type { EvidenceLevel } from '../../graphql/schema-types.generated';

/** The Dutch recognition ladder (erkenningsniveaus), lowest step to highest. */
export const EVIDENCE_LADDER: readonly EvidenceLevel[] = ['WELL_DESCRIBED', 'THEORETICALLY_SOUND', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS'];
