import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SearchQuery } from '../graphql/search.generated';
import { sanitizeHighlight } from '../lib/sanitize-highlight';
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
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.id} className={hit.type === 'INTERVENTION' ? `${styles.result} ${styles.intervention}` : styles.result}>
          <h3 className={styles.title}>
            <Link to={pathOfHit(hit)} state={{ fromSearch: search }}>
              {hit.title}
            </Link>
          </h3>
          <p className={styles.type}>
            {hit.type === 'FINDING' ? t('search.findingOfProject') : t(`enums.ContentType.${hit.type}`)}
          </p>
          {/* Only <mark> survives sanitising; everything else in the highlight is text. */}
          <p className={styles.excerpt} dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.highlight) }} />
        </li>
      ))}
    </ol>
  );
}
