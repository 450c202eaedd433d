import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SearchQuery } from '../graphql/search.generated';
import { rememberOpenedResult, takeOpenedResult } from '../lib/return-to-result';
import { sanitizeHighlight } from '../lib/sanitize-highlight';
import badge from '../../../shared/styles/badge.module.css';
import styles from './SearchResultList.module.css';

type Hit = SearchQuery['search']['hits'][number];

/** Where a hit lives; a finding is shown on its project's page. */
export function pathOfHit(hit: Hit): string {
  switch (hit.type) {
    case 'PROJECT':
      return `/projecten/${hit.slug}`;
    case 'INTERVENTION':
      return `/interventies/${hit.slug}`;
    case 'TERM':
      return `/begrippen/${hit.slug}`;
    case 'FINDING':
      return `/projecten/${hit.slug}#bevinding-${hit.id}`;
  }
}

export function SearchResultList({ hits }: { hits: Hit[] }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const links = useRef(new Map<string, HTMLAnchorElement>());

  // Back from a result: the keyboard continues where it left, on the result that was opened. After
  // the frame's own move of focus to <main> on navigation, which runs in the same commit.
  useEffect(() => {
    const opened = links.current.get(takeOpenedResult(search) ?? '');
    if (opened) requestAnimationFrame(() => opened.focus());
  }, [hits, search]);

  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.id} className={hit.type === 'INTERVENTION' ? `${styles.result} ${styles.intervention}` : styles.result}>
          <h3 className={styles.title}>
            <Link
              to={pathOfHit(hit)}
              state={{ fromSearch: search }}
              ref={(link) => {
                if (link) links.current.set(hit.id, link);
                else links.current.delete(hit.id);
              }}
              onClick={() => rememberOpenedResult(search, hit.id)}
            >
              {hit.title}
            </Link>
          </h3>
          <p className={styles.type}>
            {hit.type === 'FINDING' ? t('search.findingOfProject') : t(`enums.ContentType.${hit.type}`)}
          </p>
          {hit.evidenceLevel && (
            <p className={styles.evidence}>
              <span className={`${badge.badge} ${badge.marked}`}>
                {t('evidence.heading')}: {t(`enums.EvidenceLevel.${hit.evidenceLevel}`)}
              </span>
            </p>
          )}
          {/* Only <mark> survives sanitising; everything else in the highlight is text. */}
          <p className={styles.excerpt} dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.highlight) }} />
        </li>
      ))}
    </ol>
  );
}
