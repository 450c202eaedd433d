import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl', () => {
  it('keeps http, https and mailto', () => {
    expect(safeUrl('https://www.zonmw.nl/nl/onderzoek')).toBe('https://www.zonmw.nl/nl/onderzoek');
    expect(safeUrl('HTTP://example.org')).toBe('HTTP://example.org');
    expect(safeUrl('mailto:info@werkkennis.example')).toBe('mailto:info@werkkennis.example');
  });

  it('keeps paths on this site', () => {
    expect(safeUrl('/projecten/werkfit')).toBe('/projecten/werkfit');
    expect(safeUrl('#bevindingen')).toBe('#bevindingen');
    expect(safeUrl('begrippen/vakmanschap?x=1')).toBe('begrippen/vakmanschap?x=1');
  });

  it('refuses script and data addresses, however written', () => {
    for (const url of [
      'javascript:window.__xss=1',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), url).toBeNull();
    }
  });

  it('refuses addresses that leave the site without a protocol', () => {
    expect(safeUrl('//evil.example/x')).toBeNull();
    expect(safeUrl('/\\evil.example/x')).toBeNull();
    expect(safeUrl('\\\\evil.example')).toBeNull();
  });

  it('refuses an empty address', () => {
    expect(safeUrl('  ')).toBeNull();
  });
});
