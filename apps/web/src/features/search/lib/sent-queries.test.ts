import { describe, expect, it } from 'vitest';
import { SentQueries } from './sent-queries';

describe('telling the search box its own echo from a change to the URL', () => {
  it('keeps what is typed when the URL lands a query older than the last one sent', () => {
    const sent = new SentQueries('');
    sent.send('vakmans');
    sent.send('vakmansc');
    expect(sent.isEcho('vakmans')).toBe(true);
    expect(sent.latest).toBe('vakmansc');
    expect(sent.isEcho('vakmansc')).toBe(true);
  });

  it('takes a query nobody sent (the back button, a shared link) as a change, and settles what was in flight', () => {
    const sent = new SentQueries('');
    sent.send('ebp');
    expect(sent.isEcho('ebp')).toBe(true);
    expect(sent.isEcho('vakmanschap')).toBe(false);
    expect(sent.latest).toBe('vakmanschap');
    // Back to a query sent earlier: it landed long ago, so now it comes from outside.
    expect(sent.isEcho('ebp')).toBe(false);
  });

  it('lets the newest query settle all earlier ones, also when it was sent before', () => {
    const sent = new SentQueries('');
    sent.send('a');
    sent.send('ab');
    sent.send('a');
    expect(sent.isEcho('a')).toBe(true);
    expect(sent.isEcho('ab')).toBe(false);
  });

  it('takes the query it started with as no change', () => {
    const sent = new SentQueries('re-integratie');
    expect(sent.isEcho('re-integratie')).toBe(true);
    expect(sent.isEcho('')).toBe(false);
  });
});
