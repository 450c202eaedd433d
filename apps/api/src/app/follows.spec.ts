import { DigestService } from '@werkkennis/follows';
import { parseAtom } from '../testing/atom';
import { type MailCatcher, startMailCatcher } from '../testing/mail-catcher';
import { ADD_EXPERIENCE, experienceInput, FOLLOW, tilburgIntervention } from '../testing/mutation-cases';
import { contractOperations, projectInput } from '../testing/operations';
import { DEMO, startTestApp, type TestApp } from '../testing/test-app';

const NEWS = 'query { followedNews { since updates { via publication { type id slug title publishedAt } } } }';
const SEEN = 'mutation { markFollowsSeen { lastVisitedAt } }';
const ORGANIZATION = 'query($slug: String!) { organization(slug: $slug) { id } }';

/** Following terms, interventions, organisations and saved searches: the Gevolgd news, Atom feeds and the weekly digest. */
describe('following', () => {
  let api: TestApp;
  let mailbox: MailCatcher;
  const operation = contractOperations();

  beforeAll(async () => {
    mailbox = await startMailCatcher();
    api = await startTestApp({ smtp: mailbox.smtp });
  });
  afterAll(async () => {
    await api.close();
    await mailbox.close();
  });

  const follow = async (input: Record<string, unknown>, token: string) => {
    const result = await api.graphql(FOLLOW, { input }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.follow as { id: string; label: string; feedUrl: string };
  };
  const tilburgId = async () => (await api.graphql(ORGANIZATION, { slug: 'gemeente-tilburg' })).data!.organization.id as string;
  /** A fresh published Tilburg project, named so that searches can find it. */
  const publishTilburgProject = async (title: string) => {
    const editor = await api.login(DEMO.tilburgEditor);
    const created = (await api.graphql(operation.CreateProject, { input: { ...projectInput(), title } }, editor)).data!.createProject;
    await api.graphql(operation.PublishProject, { id: created.id }, editor);
    return created as { id: string; slug: string };
  };
  /** A feed's address on this test server (feed links name the public address). */
  const fetchFeed = (feedUrl: string) => fetch(feedUrl.replace('http://werkkennis.test', api.url));

  it('lists what is new since the last visit of Gevolgd, with what led to it', async () => {
    const me = await api.login(DEMO.practitioner);
    await follow({ kind: 'ORGANIZATION', targetId: await tilburgId() }, me);
    const intervention = await tilburgIntervention(api, 'Werkfit op maat');
    const followed = await follow({ kind: 'INTERVENTION', targetId: intervention.id }, me);
    expect(followed.label).toBe('Werkfit op maat');
    expect((await follow({ kind: 'INTERVENTION', targetId: intervention.id }, me)).id).toBe(followed.id);

    const first = (await api.graphql(NEWS, {}, me)).data!.followedNews;
    expect(first.since).toBeNull();
    expect(first.updates.length).toBeGreaterThan(0);
    expect((await api.graphql(SEEN, {}, me)).errors).toBeUndefined();
    expect((await api.graphql(NEWS, {}, me)).data!.followedNews.updates).toEqual([]);

    const project = await publishTilburgProject('Jobcoaching voor statushouders');
    await api.graphql(ADD_EXPERIENCE, { input: experienceInput(intervention.id, { whatWorked: 'Korte lijnen.' }) }, await api.login(DEMO.amsterdamEditor));
    const news = (await api.graphql(NEWS, {}, me)).data!.followedNews;
    expect(news.since).toEqual(expect.any(String));
    expect(news.updates.map((update: { via: string[]; publication: { type: string; id?: string; title: string } }) => [update.publication.type, update.publication.title, update.via])).toEqual([
      ['PRACTICE_EXPERIENCE', 'Gemeente Breda · Bijstandsgerechtigden', ['Werkfit op maat']],
      ['PROJECT', 'Jobcoaching voor statushouders', ['Gemeente Tilburg']],
    ]);
    expect(news.updates[1].publication.id).toBe(project.id);
  });

  it('keeps each person to their own follows', async () => {
    const mine = await follow({ kind: 'SEARCH', query: 're-integratie' }, await api.login(DEMO.researcher));
    const unfollow = 'mutation($id: ID!) { unfollow(id: $id) }';
    expect((await api.graphql(unfollow, { id: mine.id }, await api.login(DEMO.practitioner))).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.graphql('query { follows { id } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const unknown = await api.graphql(FOLLOW, { input: { kind: 'TERM', targetId: '00000000-0000-4000-8000-000000000000' } }, await api.login(DEMO.researcher));
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const empty = await api.graphql(FOLLOW, { input: { kind: 'SEARCH', query: ' ' } }, await api.login(DEMO.researcher));
    expect(empty.errors![0].extensions!.fields).toEqual({ query: ['Geef een zoekvraag of kies minstens één filter om deze zoekopdracht te volgen.'] });
    expect((await api.graphql(unfollow, { id: mine.id }, await api.login(DEMO.researcher))).data!.unfollow).toBe(true);
  });

  it('publishes Atom 1.0 feeds: everything, per organisation, per term, and per saved search behind its secret link', async () => {
    const project = await publishTilburgProject('Zeilmakersproject voor werkzoekenden');
    await api.indexer.drain();

    const everything = await fetch(`${api.url}/feeds/nieuw.atom`);
    expect(everything.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const all = parseAtom(await everything.text());
    expect(all.problems).toEqual([]);
    expect(all.feed.items[0]).toMatchObject({ title: 'Zeilmakersproject voor werkzoekenden', url: `http://werkkennis.test/projecten/${project.slug}` });

    const organization = parseAtom(await (await fetch(`${api.url}/feeds/organisaties/gemeente-tilburg.atom`)).text());
    expect(organization.problems).toEqual([]);
    expect(organization.feed.title).toBe('Werkkennis: Gemeente Tilburg');
    expect(organization.feed.items.map((item) => item.title)).toContain('Zeilmakersproject voor werkzoekenden');
    const amsterdam = parseAtom(await (await fetch(`${api.url}/feeds/organisaties/gemeente-amsterdam.atom`)).text());
    expect(amsterdam.feed.items.map((item) => item.title)).not.toContain('Zeilmakersproject voor werkzoekenden');

    const term = await fetch(`${api.url}/feeds/begrippen/vakmanschap.atom`);
    expect(term.status).toBe(200);
    expect(parseAtom(await term.text()).problems).toEqual([]);

    const saved = await follow({ kind: 'SEARCH', query: 'zeilmakersproject' }, await api.login(DEMO.researcher));
    expect(saved.feedUrl).toMatch(/^http:\/\/werkkennis\.test\/feeds\/zoekopdrachten\/[A-Za-z0-9_-]{32}\.atom$/);
    const search = parseAtom(await (await fetchFeed(saved.feedUrl)).text());
    expect(search.problems).toEqual([]);
    expect(search.feed.items.map((item) => item.title)).toEqual(['Zeilmakersproject voor werkzoekenden']);

    const said = async (answer: Response) => ((await answer.json()) as { message: string }).message;
    const gone = await fetch(`${api.url}/feeds/zoekopdrachten/geraden.atom`, { headers: { 'accept-language': 'en' } });
    expect(gone.status).toBe(404);
    expect(await said(gone)).toBe('This search does not exist (any more). Copy the feed link again from your Followed page.');
    const unknown = await fetch(`${api.url}/feeds/organisaties/bestaat-niet.atom`);
    expect(unknown.status).toBe(404);
    expect(await said(unknown)).toBe('Dit feed bestaat niet: controleer het adres.');
  });

  it('mails the weekly digest only to those who chose it, with a one-click unsubscribe that works without signing in', async () => {
    const digest = api.app.get(DigestService);
    const researcher = await api.login(DEMO.researcher);
    await follow({ kind: 'ORGANIZATION', targetId: await tilburgId() }, researcher);
    // The practitioner follows too but never chose the digest: it is off by default.
    expect((await api.graphql('query { followSettings { weeklyDigest } }', {}, await api.login(DEMO.practitioner))).data!.followSettings.weeklyDigest).toBe(false);
    expect((await api.graphql('mutation { setWeeklyDigest(weekly: true) { weeklyDigest } }', {}, researcher)).data!.setWeeklyDigest.weeklyDigest).toBe(true);
    await publishTilburgProject('Schildersproject in de wijk');

    expect(await digest.sendDue()).toBe(1);
    expect(mailbox.received.map((mail) => mail.to)).toEqual([[DEMO.researcher]]);
    const mail = mailbox.received[0].message;
    expect(mail).toMatch(/^Subject: Nieuw in Werkkennis: \d+ updates? bij wat u volgt/m);
    expect(mail).toContain('Schildersproject in de wijk');
    expect(mail).toContain('(via Gemeente Tilburg)');
    const header = mail.match(/^List-Unsubscribe: <(http:\/\/werkkennis\.test\/e-mail\/afmelden\?token=[A-Za-z0-9_-]+)>/m);
    expect(header).not.toBeNull();
    expect(mail).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(mail).toContain(`Afmelden met één klik: ${header![1]}`);
    // Within the week nothing goes out again.
    expect(await digest.sendDue()).toBe(0);

    const unsubscribed = await fetch(header![1].replace('http://werkkennis.test', api.url), { headers: { accept: 'text/html' } });
    expect(unsubscribed.status).toBe(200);
    expect(await unsubscribed.text()).toContain('U bent afgemeld voor de wekelijkse e-mail');
    expect((await api.graphql('query { followSettings { weeklyDigest } }', {}, researcher)).data!.followSettings.weeklyDigest).toBe(false);
    const nextWeek = new Date(Date.now() + 8 * 24 * 3_600_000);
    expect(await digest.sendDue(nextWeek)).toBe(0);
    const invalid = await fetch(`${api.url}/e-mail/afmelden?token=geraden`, { headers: { accept: 'text/html', 'accept-language': 'en' } });
    expect(invalid.status).toBe(404);
    expect(await invalid.text()).toMatch(/<html lang="en">.*This unsubscribe link is not valid \(any more\)/);
    // Mail clients unsubscribe with one POST (RFC 8058).
    expect((await fetch(header![1].replace('http://werkkennis.test', api.url), { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200);
  });

  it('keeps the week of a digest the mail server refused, and sends it once at the next check, whichever process checks, in the language it was turned on in', async () => {
    const digest = api.app.get(DigestService);
    const researcher = await api.login(DEMO.researcher);
    // Turned on from the English interface: the e-mail comes in English.
    await api.graphql('mutation { setWeeklyDigest(weekly: true) { weeklyDigest } }', {}, researcher, { 'accept-language': 'en' });
    await publishTilburgProject('Timmerproject voor nieuwkomers');
    const inTwoWeeks = Date.now() + 15 * 24 * 3_600_000;
    const mailsBefore = mailbox.received.length;

    mailbox.refusing = true;
    try {
      expect(await digest.sendDue(new Date(inTwoWeeks))).toBe(0);
    } finally {
      mailbox.refusing = false;
    }
    // Every API process checks at the same moment: one of them sends.
    const checks = await Promise.all([digest.sendDue(new Date(inTwoWeeks + 3_600_000)), digest.sendDue(new Date(inTwoWeeks + 3_600_000))]);
    expect(checks.sort()).toEqual([0, 1]);
    const [mail] = mailbox.received.slice(mailsBefore).map((received) => received.message);
    expect(mail).toContain('Timmerproject voor nieuwkomers');
    expect(mail).toMatch(/^Subject: New in Werkkennis: 1 update/m);
    expect(mailbox.received.length - mailsBefore).toBe(1);
  });
});
