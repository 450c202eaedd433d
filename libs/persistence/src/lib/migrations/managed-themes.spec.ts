import { canonicalThemeNames } from './1763900000080-managed-themes';

describe('mapping free-text themes onto the managed list', () => {
  it('folds case, spacing and hyphens, and takes the spelling most projects use', () => {
    const names = canonicalThemeNames([['Jobcarving ', 'Evidence based werken'], ['jobcarving'], ['Jobcarving'], ['Evidence-based werken'], ['Evidence-based werken']]);
    expect([...names.values()]).toEqual(['Jobcarving', 'Evidence-based werken']);
  });

  it('maps the documented variants onto their theme', () => {
    const names = canonicalThemeNames([['Werk en Gezondheid', 'EBP'], ['Schulden en armoede']]);
    expect([...names.values()]).toEqual(['Werk en psychische gezondheid', 'Evidence-based werken', 'Armoede en schulden']);
  });

  it('breaks a tie between spellings alphabetically', () => {
    expect([...canonicalThemeNames([['werk en zorg'], ['Werk en zorg']]).values()]).toEqual(['werk en zorg']);
  });
});
