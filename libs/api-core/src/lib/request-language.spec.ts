import express from 'express';
import type { Request } from 'express';
import { requestLanguage } from './request-language';

/** A real Express request with the given Accept-Language, as the API receives it. */
function requestWith(acceptLanguage?: string): Request {
  const req = Object.create(express.request) as Request;
  Object.assign(req, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
  return req;
}

describe('the language a request asks for', () => {
  it('is English when the client prefers English in any form', () => {
    expect(requestLanguage(requestWith('en'))).toBe('en');
    expect(requestLanguage(requestWith('en-GB,en;q=0.9,nl;q=0.8'))).toBe('en');
  });

  it('is Dutch when asked, when neither is asked, and without a request', () => {
    expect(requestLanguage(requestWith('nl-NL,en;q=0.5'))).toBe('nl');
    expect(requestLanguage(requestWith('de-DE'))).toBe('nl');
    expect(requestLanguage(requestWith())).toBe('nl');
    expect(requestLanguage(undefined)).toBe('nl');
  });
});
