import { after, before } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';

export const BASE_URL = process.env['BASE_URL'] ?? 'http://127.0.0.1:3000';

/** Debian's Chromium, headless, with nothing running in the background that could phone home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport, locale: 'nl-NL' });
  // Four files run at once beside the server on two cores: a first page load can take a while.
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context.newPage();
}

/** One browser with one page for the suite it is called in: opened before its tests, closed after them. */
export function openPageForSuite(receive: (page: Page) => void): void {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
    receive(await newPage(browser));
  });
  after(() => browser?.close());
}

export const DEMO_PASSWORD = 'werkkennis-demo';

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}
