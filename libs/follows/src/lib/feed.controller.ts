import { Controller, Get, Header, HttpCode, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { requestLanguage } from '@werkkennis/api-core';
import { type FollowableKind, type Publication, Publications } from '@werkkennis/content-search';
import { type Language, message, type MessageKey, render } from '@werkkennis/kernel';
import type { Request, Response } from 'express';
import { Feed } from 'feed';
import { FeedLinks } from './feed-links';
import { FollowService, UPDATES_LIMIT } from './follow.service';

const ATOM = 'application/atom+xml; charset=utf-8';
/** `<slug>.atom`: the extension keeps the address out of the web app's page routes. */
const slugOf = (file: string, req: Request) => {
  if (!file.endsWith('.atom')) throw notFound('feed.notAtom', req);
  return file.slice(0, -'.atom'.length);
};
/** A 404 whose message is in the language the request asks for. */
const notFound = (key: MessageKey, req: Request) => new NotFoundException(render(message(key), requestLanguage(req)));
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
  organization(@Param('file') file: string, @Req() req: Request) {
    return this.ofSubject(req, 'ORGANIZATION', slugOf(file, req), (id) => this.publications.list({ organizationId: id, limit: UPDATES_LIMIT }));
  }

  @Get('feeds/interventies/:file')
  @Header('content-type', ATOM)
  intervention(@Param('file') file: string, @Req() req: Request) {
    return this.ofSubject(req, 'INTERVENTION', slugOf(file, req), (id) => this.publications.list({ interventionId: id, limit: UPDATES_LIMIT }));
  }

  @Get('feeds/begrippen/:file')
  @Header('content-type', ATOM)
  term(@Param('file') file: string, @Req() req: Request) {
    return this.ofSubject(req, 'TERM', slugOf(file, req), (_, title) => this.publications.matching({ query: title, filters: [] }, { limit: UPDATES_LIMIT }));
  }

  @Get('feeds/zoekopdrachten/:file')
  @Header('content-type', ATOM)
  async savedSearch(@Param('file') file: string, @Req() req: Request) {
    const follow = await this.follows.bySearchFeedToken(slugOf(file, req));
    if (!follow) throw notFound('feed.searchGone', req);
    const items = await this.follows.publicationsOf(follow, null);
    return this.atom(`Werkkennis: zoekopdracht “${follow.label}”`, this.links.forFollow(follow)!, `${this.links.base}/gevolgd`, items);
  }

  /** The link in every digest: one click, no sign-in. Mail clients post to it (RFC 8058). */
  @Get('e-mail/afmelden')
  @Header('content-type', 'text/html; charset=utf-8')
  async unsubscribeByLink(@Query('token') token: string | undefined, @Req() req: Request, @Res({ passthrough: true }) response: Response) {
    const done = await this.follows.unsubscribe(token ?? '');
    if (!done) response.status(404);
    return page(requestLanguage(req), done ? 'unsubscribe.done' : 'feed.unsubscribeInvalid', this.links.base);
  }

  @Post('e-mail/afmelden')
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  async unsubscribeOneClick(@Query('token') token: string | undefined, @Req() req: Request) {
    if (!(await this.follows.unsubscribe(token ?? ''))) throw notFound('feed.unsubscribeInvalid', req);
    return 'Afgemeld.';
  }

  private async ofSubject(req: Request, kind: FollowableKind, slug: string, items: (id: string, title: string) => Promise<Publication[]>) {
    const subject = await this.publications.subject(kind, { slug });
    if (!subject) throw notFound('feed.unknown', req);
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

function page(language: Language, key: MessageKey, base: string): string {
  const say = (said: MessageKey) => escapeHtml(render(message(said), language));
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Werkkennis</title></head><body><main><h1>${say('unsubscribe.heading')}</h1><p>${say(key)}</p><p><a href="${escapeHtml(base)}/gevolgd">${say('unsubscribe.toFollowed')}</a></p></main></body></html>`;
}
