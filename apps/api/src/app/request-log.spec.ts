import { loggedUrl } from './request-log';

describe('the request log', () => {
  it('keeps the path and a GraphQL operation name, never the query string', () => {
    expect(loggedUrl('/graphql?operationName=Search&variables=%7B%22input%22%3A%7B%22query%22%3A%22schulden%22%7D%7D&extensions=%7B%7D')).toBe('/graphql?operationName=Search');
    expect(loggedUrl('/wachtwoord-herstellen?token=geheim123')).toBe('/wachtwoord-herstellen');
    expect(loggedUrl('/e-mail/afmelden?token=geheim456')).toBe('/e-mail/afmelden');
    expect(loggedUrl('/begrippen/vakmanschap')).toBe('/begrippen/vakmanschap');
  });

  it('leaves out the secret in the address of a saved search feed', () => {
    expect(loggedUrl('/feeds/zoekopdrachten/AbC123_-xyz.atom')).toBe('/feeds/zoekopdrachten/…');
    expect(loggedUrl('/feeds/organisaties/gemeente-tilburg.atom')).toBe('/feeds/organisaties/gemeente-tilburg.atom');
  });
});
