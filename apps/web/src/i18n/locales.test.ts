import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import nl from './locales/nl.json';

type Texts = { [key: string]: string | Texts };

/** Every text of a language by its key path (`app.signIn`). */
function textsByPath(texts: Texts, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(texts).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...textsByPath(value, `${prefix}${key}.`)],
    ),
  );
}

const placeholders = (text: string) => text.match(/\{\{[^}]+\}\}/g) ?? [];

describe('the English interface texts', () => {
  const dutch = textsByPath(nl);
  const english = textsByPath(en);

  it('have exactly the keys of the Dutch ones', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('keep every {{placeholder}} of the Dutch text', () => {
    const missing = [...dutch].flatMap(([path, text]) =>
      placeholders(text)
        .filter((placeholder) => !english.get(path)?.includes(placeholder))
        .map((placeholder) => `${path}: ${placeholder}`),
    );
    expect(missing).toEqual([]);
  });
});
