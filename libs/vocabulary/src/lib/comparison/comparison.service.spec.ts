import { byDivergence } from './comparison.service';

describe('ranking terms by divergence', () => {
  it('puts the highest divergence first, equal ones on their label, and terms without a comparison last', () => {
    const ranked = (label: string, divergence: number | null) => ({ term: { id: label, label }, divergence });
    const terms = [ranked('vakmanschap', 0.97), ranked('participatie', null), ranked('bejegening', 1), ranked('maatwerk', 0.97), ranked('arbeidsfit', null)];
    expect([...terms].sort(byDivergence).map((term) => term.term.label)).toEqual(['bejegening', 'maatwerk', 'vakmanschap', 'arbeidsfit', 'participatie']);
  });
});
