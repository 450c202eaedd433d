/**
 * The one spelling of an e-mail address that is stored, looked up and counted: Unicode NFKC (so
 * full-width and other look-alike forms fold together), without surrounding white space, in lower
 * case. Sign-in, its limits, invitations and resets all go through here, so `" Jan@X.nl\t"` and
 * `"jan@x.nl"` are one account and one counter.
 */
export const normalizeEmail = (email: string): string => email.normalize('NFKC').trim().toLowerCase();
