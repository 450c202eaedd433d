import { Controller, Get, Header, HttpCode, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { type FollowableKind, type Publication, Publications } from '@werkkennis/content-search';
import type { Response } from 'express';
import { Feed } from 'feed';
import { FeedLinks } from './feed-links';
import { FollowService, UPDATES_LIMIT } from './follow.service';

const ATOM = 'application/atom+xml; charset=utf-8';
/** `<slug>.atom`: the extension keeps the address out of the web app's page routes. */
const slugOf = (file: string) => {
  if (!file.endsWith('.atom')) throw new NotFoundException('Dit feed bestaat niet. Feedadressen eindigen op .atom.');
  return file.slice(0, -'.atom'.length);
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Atom 1.0 feeds of what became public: everything, per organisation, term or intervention,
 * and per saved search behind its secret link. Plus the digest's one-click unsubscribe.
 */
@Controller()
export class FeedController {
  constructor(
    private readonly publications: Publications,
    private readonly follows: FollowService,
    private readonly links: FeedLinks,
  ) {}

  @Get('feeds/nieuw.atom')
  @Header('content-type', ATOM)
  async everything() {
    return this.atom('Werkkennis: nieuw gepubliceerd', this.links.everything(), this.links.base, await this.publications.list({ limit: UPDATES_LIMIT }));
  }

  @Get('feeds/organisaties/:file')
  @Header('content-type', ATOM)
  organization(@Param('file') file: string) {
    return this.ofSubject('ORGANIZATION', slugOf(file), (id) => this.publications.list({ organizationId: id, limit: UPDATES_LIMIT }));
  }

  @Get('feeds/interventies/:file')
  @Header('content-type', ATOM)
  intervention(@Param('file') file: string) {
    return this.ofSubject('INTERVENTION', slugOf(file), (id) => this.publications.list({ interventionId: id, limit: UPDATES_LIMIT }));
  }

  @Get('feeds/begrippen/:file')
  @Header('content-type', ATOM)
  term(@Param('file') file: string) {
    return this.ofSubject('TERM', slugOf(file), (_, title) => this.publications.matching({ query: title, filters: [] }, { limit: UPDATES_LIMIT }));
  }

  @Get('feeds/zoekopdrachten/:file')
  @Header('content-type', ATOM)
  async savedSearch(@Param('file') file: string) {
    const follow = await this.follows.bySearchFeedToken(slugOf(file));
    if (!follow) throw new NotFoundException('Deze zoekopdracht bestaat niet (meer). Kopieer de feedlink opnieuw van uw pagina Gevolgd.');
    const items = await this.follows.publicationsOf(follow, null);
    return this.atom(`Werkkennis: zoekopdracht “${follow.label}”`, this.links.forFollow(follow)!, `${this.links.base}/gevolgd`, items);
  }

  /** The link in every digest: one click, no sign-in. Mail clients post to it (RFC 8058). */
  @Get('e-mail/afmelden')
  @Header('content-type', 'text/html; charset=utf-8')
  async unsubscribeByLink(@Query('token') token: string | undefined, @Res({ passthrough: true }) response: Response) {
    const done = await this.follows.unsubscribe(token ?? '');
    if (!done) response.status(404);
    return page(
      done
        ? 'U bent afgemeld voor de wekelijkse e-mail van Werkkennis. U kunt haar weer aanzetten op uw pagina Gevolgd.'
        : 'Deze afmeldlink is niet (meer) geldig. Zet de wekelijkse e-mail uit op uw pagina Gevolgd.',
      this.links.base,
    );
  }

  @Post('e-mail/afmelden')
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  async unsubscribeOneClick(@Query('token') token: string | undefined) {
    if (!(await this.follows.unsubscribe(token ?? ''))) throw new NotFoundException('Deze afmeldlink is niet (meer) geldig.');
    return 'Afgemeld.';
  }

  private async ofSubject(kind: FollowableKind, slug: string, items: (id: string, title: string) => Promise<Publication[]>) {
    const subject = await this.publications.subject(kind, { slug });
    if (!subject) throw new NotFoundException('Dit feed bestaat niet: controleer het adres.');
    const path = { ORGANIZATION: 'organisaties', INTERVENTION: 'interventies', TERM: 'begrippen' }[kind];
    return this.atom(`Werkkennis: ${subject.title}`, `${this.links.base}/feeds/${path}/${subject.slug}.atom`, `${this.links.base}/${path}/${subject.slug}`, await items(subject.id, subject.title));
  }

  private atom(title: string, self: string, page: string, items: Publication[]): string {
    const feed = new Feed({
      id: self,
      title,
      link: page,
      language: 'nl',
      updated: items[0]?.publishedAt ?? new Date(0),
      generator: 'Werkkennis',
      feedLinks: { atom: self },
    });
    for (const item of items) {
      feed.addItem({ id: `urn:uuid:${item.id}`, title: item.title, link: this.links.page(item), date: item.publishedAt, published: item.publishedAt, description: item.summary });
    }
    return feed.atom1();
  }
}

function page(text: string, base: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Werkkennis</title></head><body><main><h1>Wekelijkse e-mail</h1><p>${escapeHtml(text)}</p><p><a href="${escapeHtml(base)}/gevolgd">Naar Gevolgd</a></p></main></body></html>`;
}
