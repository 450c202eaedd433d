import { Inject, Injectable } from '@nestjs/common';
import { IDENTITY_OPTIONS, type IdentityOptions } from '@werkkennis/identity';
import { FollowKind, type FollowEntity } from './follow.entity';

/** The public addresses of feeds and pages, as feeds, digests and the API name them. */
@Injectable()
export class FeedLinks {
  readonly base: string;

  constructor(@Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    this.base = options.publicUrl.replace(/\/$/, '');
  }

  everything(): string {
    return `${this.base}/feeds/nieuw.atom`;
  }

  forFollow(follow: FollowEntity): string | null {
    switch (follow.kind) {
      case FollowKind.ORGANIZATION:
        return `${this.base}/feeds/organisaties/${follow.targetSlug}.atom`;
      case FollowKind.TERM:
        return `${this.base}/feeds/begrippen/${follow.targetSlug}.atom`;
      case FollowKind.INTERVENTION:
        return `${this.base}/feeds/interventies/${follow.targetSlug}.atom`;
      case FollowKind.SEARCH:
        return `${this.base}/feeds/zoekopdrachten/${follow.feedToken}.atom`;
    }
  }

  /** The page a publication is shown on. */
  page(publication: { type: string; id: string; slug: string }): string {
    switch (publication.type) {
      case 'PROJECT':
        return `${this.base}/projecten/${publication.slug}`;
      case 'FINDING':
        return `${this.base}/projecten/${publication.slug}#bevinding-${publication.id}`;
      case 'TERM':
        return `${this.base}/begrippen/${publication.slug}`;
      case 'PRACTICE_EXPERIENCE':
        return `${this.base}/interventies/${publication.slug}#ervaring-${publication.id}`;
      default:
        return `${this.base}/interventies/${publication.slug}`;
    }
  }

  unsubscribe(token: string): string {
    return `${this.base}/e-mail/afmelden?token=${encodeURIComponent(token)}`;
  }
}
