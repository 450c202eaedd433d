import { type Language, LANGUAGES } from '@werkkennis/kernel';
import type { Request } from 'express';

/** The language a request asks for (Accept-Language, as Express negotiates it); Dutch when it asks for neither. */
export function requestLanguage(req: Request | undefined): Language {
  const chosen = req?.acceptsLanguages?.(...LANGUAGES);
  return chosen && (LANGUAGES as readonly string[]).includes(chosen) ? (chosen as Language) : 'nl';
}
