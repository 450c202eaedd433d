import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './locales/nl.json';

/**
 * The interface texts are data: locales/nl.json is Dutch, the default language; locales/en.json
 * is English, loaded only when someone switches to it. English must have exactly the same keys,
 * and every {{placeholder}} of a Dutch text (locales.test.ts checks both).
 */
export type Messages = typeof nl;

export type Language = 'nl' | 'en';

const STORAGE_KEY = 'werkkennis.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** English is a separate chunk: most visitors read Dutch and never download it. */
async function ensureLoaded(language: Language): Promise<void> {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { default: en } = await import('./locales/en.json');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
}

/** Dutch first; a person's earlier choice of English is remembered in this browser. */
export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  await i18n.use(initReactI18next).init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl } },
    partialBundledLanguages: true,
    // React escapes everything it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== 'nl') await switchLanguage(language);
  else applyToDocument('nl');
}

export async function switchLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
  applyToDocument(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this visit only.
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'nl';
}
