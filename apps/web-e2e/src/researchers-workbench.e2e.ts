import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { graphql, tokenFor } from './support/api.ts';
import { seriousAccessibilityProblems } from './support/axe.ts';
import { DEMO_PASSWORD, launchBrowser, newPage, signIn } from './support/browser.ts';
import { endSessionElsewhere } from './support/session.ts';

const RESEARCHER = 'onderzoeker@tilburguniversity.example';

/** The definitions side by side, one column (a section) per perspective. */
const definitions = (page: Page) => page.getByRole('region', { name: /^Definities per perspectief/ });

/** The card of the definition that contains this text. */
const definitionCard = (page: Page, text: string) => definitions(page).getByRole('article').filter({ hasText: text });

/** An annotation and, nested in it, the replies to it. */
const annotationIn = (card: Locator, text: string) => card.getByRole('listitem').filter({ hasText: text });

/** One API sign-in per person for this file: sign-ins are limited to 10 a minute per address and e-mail, and other files sign in too. */
const tokens = new Map<string, Promise<string>>();
const tokenOnce = (email: string) => tokens.get(email) ?? tokens.set(email, tokenFor(email)).get(email)!;

/** A fresh definition of maatwerk by the demo researcher, so that no other test touches it. */
async function researcherDefinition(text: string): Promise<string> {
  const token = await tokenOnce(RESEARCHER);
  const term = await graphql<{ term: { id: string } }>('query { term(slug: "maatwerk") { id } }');
  assert.ok(term.data, JSON.stringify(term.errors));
  const added = await graphql<{ addDefinition: { id: string } }>(
    'mutation ($input: AddDefinitionInput!) { addDefinition(input: $input) { id } }',
    { input: { termId: term.data.term.id, text, perspective: 'RESEARCH', source: 'Werkdocument, 2025' } },
    token,
  );
  assert.ok(added.data, JSON.stringify(added.errors));
  return added.data.addDefinition.id;
}

describe('a researcher revises a definition, and readers see what changed', () => {
  let browser: Browser;
  let page: Page;
  const marker = Date.now().toString(36);
  const original = `Maatwerk is een passend aanbod voor deze ene inwoner (${marker}).`;
  const revised = `Maatwerk is samen met de inwoner een passend aanbod kiezen (${marker}).`;

  before(async () => {
    await researcherDefinition(original);
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(() => browser?.close());

  it('revises the definition with a change note', async () => {
    await signIn(page, RESEARCHER);
    await page.goto('/begrippen/maatwerk');
    const card = definitionCard(page, original);
    await card.getByRole('button', { name: /^Herzien/ }).click();
    const form = card.getByRole('form', { name: 'De definitie van Onderzoek herzien' });
    await form.getByRole('button', { name: 'Herziening opslaan' }).click();
    await form.getByRole('alert').getByText('Er is nog niets gewijzigd', { exact: false }).waitFor();
    await form.getByRole('alert').getByText('Leg in een zin uit waarom', { exact: false }).waitFor();
    assert.equal(await form.getByLabel(/^Definitie/).getAttribute('aria-invalid'), 'true');
    assert.equal(await form.getByLabel(/^Toelichting op de wijziging/).getAttribute('aria-invalid'), 'true');
    await form.getByLabel(/^Definitie/).fill(revised);
    await form.getByLabel(/^Toelichting op de wijziging/).fill('Samen kiezen benadrukt, na de intervisie.');
    await form.getByRole('button', { name: 'Herziening opslaan' }).click();
    await page.getByText('De definitie is herzien; dit is nu versie 2.', { exact: false }).waitFor();
    await definitionCard(page, revised).waitFor();
  });

  it('shows both versions in the history, with the change note and the words that changed', async () => {
    const card = definitionCard(page, revised);
    await card.locator('summary', { hasText: 'Versiegeschiedenis (2 versies)' }).click();
    // The history loads when it is opened: wait for the oldest version before counting.
    const versions = card.getByRole('listitem').filter({ has: page.getByText(/^Versie \d+$/) });
    await versions.filter({ has: page.getByText(/^Versie 1$/) }).waitFor();
    assert.equal(await versions.count(), 2);
    await card.locator('li[aria-current="true"]').getByText('Toelichting: Samen kiezen benadrukt, na de intervisie.').waitFor();
    const comparison = card.getByRole('region', { name: 'Wat is er veranderd?' });
    await comparison.getByText('Tekst: 5 woorden toegevoegd, 4 woorden verwijderd').waitFor();
    assert.deepEqual(await comparison.locator('[lang="nl"] ins').allTextContents(), ['[toegevoegd: samen met de inwoner ]', '[toegevoegd: kiezen]']);
    assert.deepEqual(await comparison.locator('[lang="nl"] del').allTextContents(), ['[verwijderd: voor deze ene inwoner]']);
    // The markers are for screen readers; the eye sees underlined and struck-through words.
    assert.equal(await comparison.locator('ins .visually-hidden').first().textContent(), '[toegevoegd: ');
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('compares any two versions, and says so when the same version is chosen twice', async () => {
    const card = definitionCard(page, revised);
    const comparison = card.getByRole('region', { name: 'Wat is er veranderd?' });
    await comparison.getByLabel('Naar').selectOption({ label: 'Versie 1' });
    await comparison.getByText('Kies twee verschillende versies om ze te vergelijken.').waitFor();
    await comparison.getByLabel('Van').selectOption({ label: 'Versie 2' });
    assert.deepEqual(await comparison.locator('[lang="nl"] ins').allTextContents(), ['[toegevoegd: voor deze ene inwoner]']);
  });
});

describe('researchers discuss a definition in threads', () => {
  let browser: Browser;
  let page: Page;
  const marker = Date.now().toString(36);
  const text = `Maatwerk is afwijken van de standaard als de situatie daarom vraagt (${marker}).`;
  const reply = `Eens dat het te smal is: ook de werkgever hoort erbij (${marker}).`;
  const card = () => definitionCard(page, text);

  before(async () => {
    const annotate = async (definitionId: string, motivation: string, body: string) => {
      const made = await graphql(
        'mutation ($input: AnnotateDefinitionInput!) { annotateDefinition(input: $input) { id } }',
        { input: { definitionId, motivation, body } },
        await tokenOnce('e.vanleeuwen@tno.example'),
      );
      assert.ok(made.data, JSON.stringify(made.errors));
    };
    await annotate(await researcherDefinition(text), 'CONTESTING', 'Te smal: maatwerk is ook de afweging vooraf, niet alleen het afwijken.');
    await annotate(await researcherDefinition(`Maatwerk is een aanbod op maat (${marker}).`), 'QUESTIONING', `Op maat van wie? (${marker})`);
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(() => browser?.close());

  it('replies to a colleague, and the reply sits under what it answers', async () => {
    await signIn(page, RESEARCHER);
    await page.goto('/begrippen/maatwerk');
    await card().getByRole('button', { name: /^Antwoorden \(Betwisting van Eva van Leeuwen\)$/ }).click();
    const form = card().getByRole('form', { name: 'Antwoord op de annotatie van Eva van Leeuwen' });
    await form.getByRole('radio', { name: 'Toelichting' }).check();
    await form.getByLabel(/^Uw annotatie/).fill(reply);
    await form.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await card().getByText('Uw antwoord is geplaatst.').waitFor();
    const replies = card().getByRole('list', { name: 'Antwoorden op Eva van Leeuwen' });
    await annotationIn(replies, reply).getByText('Toelichting (antwoord)', { exact: true }).waitFor();
    const counts = card().getByRole('list', { name: 'Annotaties per soort' });
    assert.deepEqual(await counts.getByRole('listitem').allTextContents(), ['Betwisting: 1', 'Toelichting: 1']);
    // Someone else's annotation: answered, not edited or deleted.
    assert.equal(await card().getByRole('button', { name: /^Bewerken \(Betwisting van Eva van Leeuwen\)$/ }).count(), 0);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('edits the reply, which then says it was edited', async () => {
    await card().getByRole('button', { name: /^Bewerken \(Toelichting van Hanneke Smulders\)$/ }).click();
    const form = card().getByRole('form', { name: 'Uw annotatie bewerken' });
    await form.getByLabel(/^Uw annotatie/).fill(`${reply} En de cliënt.`);
    await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await card().getByText('Uw annotatie is gewijzigd.').waitFor();
    // The reply is nested in the annotation it answers: the innermost match is the reply itself.
    const edited = annotationIn(card(), 'En de cliënt.').last();
    await edited.getByText(/^bewerkt op /).waitFor();
    assert.equal(await card().getByText(/bewerkt op/).count(), 1, 'the annotation it answers is not marked');
  });

  it('shows only the threads with the chosen motivation', async () => {
    await page.getByRole('radio', { name: /^Vraag \(\d+\)$/ }).check();
    await card().getByText('Bij deze definitie staat geen annotatie van de gekozen soort.', { exact: false }).waitFor();
    await definitionCard(page, `Op maat van wie? (${marker})`).waitFor();
    await page.getByRole('radio', { name: /^Toelichting \(\d+\)$/ }).check();
    // The reply matches, so its whole thread shows.
    await annotationIn(card(), 'Te smal: maatwerk').first().waitFor();
    await page.getByRole('radio', { name: /^Alle soorten/ }).check();
  });

  it('deletes the reply after confirming', async () => {
    await card().getByRole('button', { name: /^Verwijderen \(Toelichting van Hanneke Smulders\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Annotatie verwijderen?' });
    await dialog.getByText('De annotatie verdwijnt. Dat kunt u niet ongedaan maken.').waitFor();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await card().getByText('De annotatie is verwijderd.').waitFor();
    await annotationIn(card(), 'En de cliënt.').first().waitFor({ state: 'detached' });
    await annotationIn(card(), 'Te smal: maatwerk').waitFor();
  });
});

describe('a practitioner comments on a definition, and leaves contesting to researchers', () => {
  let browser: Browser;
  let page: Page;
  const marker = Date.now().toString(36);
  const text = `Maatwerk is de regel toepassen met oog voor de persoon (${marker}).`;
  const comment = `In de spreekkamer betekent dit vooral: tijd nemen om uit te leggen (${marker}).`;
  let definitionId = '';

  before(async () => {
    definitionId = await researcherDefinition(text);
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(() => browser?.close());

  it('is offered only commenting and questioning, and comments', async () => {
    await signIn(page, 'professional@werkkennis.example');
    await page.goto('/begrippen/maatwerk');
    const card = definitionCard(page, text);
    await card.getByRole('button', { name: /^Annoteren/ }).click();
    const form = card.getByRole('form', { name: 'Annotatie bij de definitie van Onderzoek' });
    await form.getByText('Steunen, betwisten en verwijzen naar bronnen is aan onderzoekers.', { exact: false }).waitFor();
    assert.deepEqual(await form.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.getAttribute('value'))), ['QUESTIONING', 'COMMENTING']);
    await form.getByRole('radio', { name: 'Toelichting' }).check();
    await form.getByLabel(/^Uw annotatie/).fill(comment);
    await form.getByRole('button', { name: 'Annotatie plaatsen' }).click();
    await card.getByText('Uw annotatie is geplaatst.').waitFor();
    const annotation = annotationIn(card, comment);
    await annotation.getByText('Toelichting', { exact: true }).waitFor();
    await annotation.getByText(/^Kees Brouwer op /).waitFor();
    // No relations for practitioners, and no revising someone else's definition.
    assert.equal(await card.getByRole('button', { name: /^Relatie vaststellen/ }).count(), 0);
    assert.equal(await card.getByRole('button', { name: /^Herzien/ }).count(), 0);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('is refused by the API when contesting all the same', async () => {
    const refused = await graphql(
      'mutation ($input: AnnotateDefinitionInput!) { annotateDefinition(input: $input) { id } }',
      { input: { definitionId, motivation: 'CONTESTING', body: 'Dit klopt niet.' } },
      await tokenOnce('professional@werkkennis.example'),
    );
    assert.equal(refused.errors?.[0].extensions?.code, 'FORBIDDEN');
    assert.match(refused.errors?.[0].message ?? '', /kies Toelichting of Vraag/);
  });
});

describe('a reader compares perspectives side by side, on a laptop and on a phone', () => {
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  it('reaches every perspective at 1366 pixels without a hidden sideways scroll, and picks some to compare on one row', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 });
    await page.goto('/begrippen/vakmanschap');
    const columns = definitions(page).locator(':scope > section');
    await columns.first().waitFor();
    const count = await columns.count();
    assert.ok(count >= 4, 'vakmanschap has at least four perspectives');
    const layout = await columns.evaluateAll((sections) => ({
      viewport: document.documentElement.clientWidth,
      rights: sections.map((section) => section.getBoundingClientRect().right),
      scrolls: sections.some((section) => ['auto', 'scroll'].includes(getComputedStyle(section.parentElement!).overflowX)),
    }));
    assert.equal(layout.scrolls, false, 'the columns are not in a sideways scroll');
    assert.ok(layout.rights.every((right) => right <= layout.viewport), `every column within ${layout.viewport}px: ${layout.rights.join(', ')}`);

    const chooser = page.getByRole('group', { name: 'Naast elkaar:' });
    const boxes = chooser.getByRole('checkbox');
    for (let index = count - 1; index >= 3; index -= 1) await boxes.nth(index).uncheck();
    await page.getByText(/^Ingeklapt: /).waitFor();
    assert.equal(await columns.count(), 3);
    const tops = await columns.evaluateAll((sections) => sections.map((section) => Math.round(section.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, 'three perspectives on one row');
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
    await page.getByRole('button', { name: 'Alle perspectieven tonen' }).click();
    assert.equal(await columns.count(), count);
  });

  it('switches between perspectives on a phone, one at a time', async () => {
    const page = await newPage(browser, { width: 390, height: 844 });
    await page.goto('/begrippen/vakmanschap');
    const switcher = page.getByLabel('Perspectief', { exact: true });
    await switcher.waitFor();
    const columns = definitions(page).locator(':scope > section');
    assert.equal(await columns.count(), 1);
    await switcher.selectOption({ label: 'Cliënt (1)' });
    await page.getByRole('heading', { level: 3, name: /^Cliënt/ }).waitFor();
    assert.equal(await columns.count(), 1);
    await definitionCard(page, 'Een vakkundige begeleider neemt je serieus').waitFor();
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});

/** Selects words in a definition with the mouse, as a reader would: press before the first letter, release after the last. */
async function selectWithMouse(page: Page, container: Locator, words: string): Promise<void> {
  await container.scrollIntoViewIfNeeded();
  const { from, to } = await container.evaluate((element, quoted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(quoted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + quoted.length - 1);
      range.setEnd(node, at + quoted.length);
      const last = range.getBoundingClientRect();
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
    }
    throw new Error(`"${quoted}" is not in one text node`);
  }, words);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The id of the element that has focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase());

describe('a researcher annotates a passage, and it stays anchored through revisions', () => {
  let browser: Browser;
  let page: Page;
  const marker = `${Date.now().toString(36)}-muis`;
  const passage = 'de situatie van de inwoner';
  const text = `Maatwerk is afwijken van de standaard als ${passage} daarom vraagt (${marker}).`;
  const body = 'Wie bepaalt wat de situatie vraagt: de inwoner of de consulent?';
  const card = () => definitionCard(page, `(${marker})`);
  const reviseTo = async (revised: string, note: string) => {
    await card().getByRole('button', { name: /^Herzien/ }).click();
    const form = card().getByRole('form', { name: 'De definitie van Onderzoek herzien' });
    await form.getByLabel(/^Definitie/).fill(revised);
    await form.getByLabel(/^Toelichting op de wijziging/).fill(note);
    await form.getByRole('button', { name: 'Herziening opslaan' }).click();
    await card().getByText(/^De definitie is herzien; dit is nu versie/).waitFor();
  };

  before(async () => {
    await researcherDefinition(text);
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(() => browser?.close());

  it('selects words, annotates them, and the passage is highlighted and linked to its annotation both ways', async () => {
    await signIn(page, RESEARCHER);
    await page.goto('/begrippen/maatwerk');
    await selectWithMouse(page, card().locator('blockquote'), passage);
    await card().getByRole('button', { name: 'Annoteer deze passage' }).click();
    const form = card().getByRole('form', { name: 'Annotatie bij de definitie van Onderzoek' });
    assert.equal(await form.getByLabel(/^Passage kiezen/).inputValue(), passage);
    await form.getByRole('radio', { name: 'Vraag' }).check();
    await form.getByLabel(/^Uw annotatie/).fill(body);
    await form.getByRole('button', { name: 'Annotatie plaatsen' }).click();
    await card().getByText('de passage is gemarkeerd', { exact: false }).waitFor();
    assert.deepEqual(await card().locator('blockquote mark').allTextContents(), [passage]);

    // From the highlight to the annotation, and back.
    await card().locator('blockquote').getByRole('link', { name: /naar annotatie 1: Vraag van Hanneke Smulders/ }).click();
    const annotation = annotationIn(card(), body);
    const annotationId = await annotation.locator('[id^="annotation-"]').first().getAttribute('id');
    assert.equal(await focused(page), annotationId);
    await annotation.getByText(`Over passage 1: ${passage}`, { exact: false }).waitFor();
    await annotation.getByRole('button', { name: 'Toon passage 1 in de tekst' }).click();
    assert.equal(await focused(page), 'mark');
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });

  it('is still anchored after a reload', async () => {
    await page.reload();
    await card().locator('blockquote mark').first().waitFor();
    assert.deepEqual(await card().locator('blockquote mark').allTextContents(), [passage]);
  });

  it('follows the passage when a revision moves it', async () => {
    await reviseTo(`Volgens de praktijk is maatwerk bewust afwijken van de standaard als ${passage} daarom vraagt (${marker}).`, 'Praktijk vooraan gezet.');
    await card().getByText('Volgens de praktijk', { exact: false }).first().waitFor();
    assert.deepEqual(await card().locator('blockquote mark').allTextContents(), [passage]);
  });

  it('shows the annotation as "passage gewijzigd", with its quote, once a revision deletes the passage', async () => {
    await reviseTo(`Maatwerk is doen wat past binnen de regels (${marker}).`, 'Korter en zonder de situatie.');
    const annotation = annotationIn(card(), body);
    await annotation.getByText('passage gewijzigd', { exact: true }).waitFor();
    await annotation.locator('q', { hasText: passage }).waitFor();
    assert.equal(await card().locator('blockquote mark').count(), 0);
    assert.deepEqual(await seriousAccessibilityProblems(page), []);
  });
});

describe('a researcher annotates a passage without a mouse, and nothing typed is lost', () => {
  let browser: Browser;
  let page: Page;
  const marker = `${Date.now().toString(36)}-toetsen`;
  const passage = 'met oog voor de persoon';
  const text = `Maatwerk is de regel toepassen ${passage} en de omstandigheden (${marker}).`;
  const card = () => definitionCard(page, `(${marker})`);
  const form = () => card().getByRole('form', { name: 'Annotatie bij de definitie van Onderzoek' });

  before(async () => {
    await researcherDefinition(text);
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  after(() => browser?.close());

  it('chooses the passage by typing it, checked against the text', async () => {
    await signIn(page, RESEARCHER);
    await page.goto('/begrippen/maatwerk');
    await card().getByRole('button', { name: /^Annoteren/ }).press('Enter');
    await form().getByLabel(/^Passage kiezen/).pressSequentially('met oog voor het systeem');
    await form().getByLabel(/^Uw annotatie/).fill('Welke persoon: de inwoner of ook de werkgever?');
    await form().getByRole('button', { name: 'Annotatie plaatsen' }).press('Enter');
    await form().getByRole('alert').getByText('Deze woorden staan niet in de definitie', { exact: false }).waitFor();
    assert.equal(await form().getByLabel(/^Passage kiezen/).getAttribute('aria-invalid'), 'true');
    await form().getByLabel(/^Passage kiezen/).fill(passage);
    await form().getByRole('button', { name: 'Annotatie plaatsen' }).press('Enter');
    await card().getByText('de passage is gemarkeerd', { exact: false }).waitFor();
    assert.deepEqual(await card().locator('blockquote mark').allTextContents(), [passage]);
  });

  it('keeps what was typed in an annotation when the session ends, and offers it again after signing in', async () => {
    const draft = `Een concept dat niet verloren mag gaan (${marker}).`;
    await card().getByRole('button', { name: /^Annoteren/ }).click();
    await form().getByLabel(/^Uw annotatie/).fill(draft);
    await endSessionElsewhere(page.context());
    await form().getByRole('button', { name: 'Annotatie plaatsen' }).click();
    // The term page is public: it stays, signed out, and signing in leads back to it.
    await page.getByRole('link', { name: 'Log in als onderzoeker' }).click();
    await page.getByLabel('E-mailadres').fill(RESEARCHER);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/begrippen\/maatwerk$/);
    await form().getByText('Wat u eerder typte en nog niet opsloeg, staat er weer.', { exact: false }).waitFor();
    assert.equal(await form().getByLabel(/^Uw annotatie/).inputValue(), draft);
    await form().getByRole('button', { name: 'Annuleren' }).click();
    await page.reload();
    await card().getByRole('button', { name: /^Annoteren/ }).waitFor();
    assert.equal(await form().count(), 0, 'a cancelled draft is gone');
  });
});
