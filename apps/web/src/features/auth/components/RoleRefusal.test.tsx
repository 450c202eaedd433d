import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/locales/en.json';
import nl from '../../../i18n/locales/nl.json';
import { ADMIN_ROLES, EDITORIAL_ROLES } from '../lib/permissions';
import { RoleRefusal } from './RoleRefusal';

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** What a signed-in practitioner reads on a page for these roles. */
const refusal = (roles: typeof EDITORIAL_ROLES) => textOf(renderToStaticMarkup(<RoleRefusal roles={roles} role="PRACTITIONER" />));

describe('RoleRefusal, for someone signed in with a role that may not enter', () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: 'nl',
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
  });

  it('names the roles that may, in plural and joined as Dutch joins them', async () => {
    await i18n.changeLanguage('nl');
    expect(refusal(EDITORIAL_ROLES)).toContain('Dit deel is voor redacteuren en beheerders. U bent ingelogd als professional.');
  });

  it('says it for one role too, and in English', async () => {
    await i18n.changeLanguage('nl');
    expect(refusal(ADMIN_ROLES)).toContain('Dit deel is voor beheerders.');
    await i18n.changeLanguage('en');
    expect(refusal(EDITORIAL_ROLES)).toContain('This part is for editors and administrators.');
  });
});
