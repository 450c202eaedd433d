import { describe, expect, it } from 'vitest';
import { splitWebAddresses } from './text-with-links';

describe('splitWebAddresses', () => {
  it('turns the address inside a source into a link and keeps the surrounding text', () => {
    expect(splitWebAddresses('Werkdocument, Tilburg University, 2023 (https://www.tilburguniversity.example/a)')).toEqual([
      { kind: 'text', text: 'Werkdocument, Tilburg University, 2023 (' },
      { kind: 'link', href: 'https://www.tilburguniversity.example/a' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('leaves sentence punctuation outside the link', () => {
    expect(splitWebAddresses('Zie https://a.example/x.')).toEqual([
      { kind: 'text', text: 'Zie ' },
      { kind: 'link', href: 'https://a.example/x' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never links other schemes', () => {
    expect(splitWebAddresses('javascript:alert(1)')).toEqual([{ kind: 'text', text: 'javascript:alert(1)' }]);
  });
});
