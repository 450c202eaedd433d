import type { GapMap } from './evidence-map';

/** For tests: the ladder, and a map small enough to check by eye. */
export const LADDER: GapMap['evidenceLadder'] = ['WELL_DESCRIBED', 'THEORETICALLY_SOUND', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS'];

/** Two determinants against three target groups: cells of one, two and eight interventions, and gaps. */
export const SMALL_MAP: GapMap = {
  determinants: ['MOTIVATION_ATTITUDE', 'SOCIAL_NORM'],
  targetGroups: ['WW', 'WIA', 'NEWCOMERS'],
  evidenceLadder: LADDER,
  cells: [
    { determinant: 'MOTIVATION_ATTITUDE', targetGroup: 'WW', interventions: 8, bestEvidenceLevel: 'STRONG_INDICATIONS' },
    { determinant: 'MOTIVATION_ATTITUDE', targetGroup: 'WIA', interventions: 2, bestEvidenceLevel: 'FIRST_INDICATIONS' },
    { determinant: 'MOTIVATION_ATTITUDE', targetGroup: 'NEWCOMERS', interventions: 0, bestEvidenceLevel: null },
    { determinant: 'SOCIAL_NORM', targetGroup: 'WW', interventions: 1, bestEvidenceLevel: 'WELL_DESCRIBED' },
    { determinant: 'SOCIAL_NORM', targetGroup: 'WIA', interventions: 0, bestEvidenceLevel: null },
    { determinant: 'SOCIAL_NORM', targetGroup: 'NEWCOMERS', interventions: 2, bestEvidenceLevel: 'GOOD_INDICATIONS' },
  ],
};
