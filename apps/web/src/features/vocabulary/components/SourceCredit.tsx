import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TermQuery } from '../graphql/term.generated';
import styles from './DefinitionCard.module.css';

type Definition = TermQuery['term']['definitions'][number];

/**
 * "Bron: title, publisher, year — ingevoerd door name (organisation)": the real source first,
 * and apart from it who entered the definition, so that neither is taken for the other.
 */
export function SourceCredit({ definition }: { definition: Definition }) {
  const { t } = useTranslation();
  const { sourceTitle, sourcePublisher, sourceYear, sourceUrl, organization, author, authorOrganization } = definition;
  const title = sourceTitle || definition.source;
  const publisherName = sourcePublisher || organization?.name;
  const hasSource = !!(title || publisherName || sourceYear);
  return (
    <p className={styles.credit}>
      {hasSource ? (
        <>
          <span className={styles.creditLabel}>{t('term.credit.source')}: </span>
          {title && (
            <span lang="nl">
              {sourceUrl && /^https?:\/\//.test(sourceUrl) ? (
                <a href={sourceUrl} rel="noopener noreferrer nofollow">
                  {title}
                </a>
              ) : (
                title
              )}
            </span>
          )}
          {publisherName && (
            <>
              {title && ', '}
              {organization ? <Link to={`/organisaties/${organization.slug}`}>{publisherName}</Link> : <span lang="nl">{publisherName}</span>}
            </>
          )}
          {sourceYear && `, ${sourceYear}`}
        </>
      ) : (
        <span className={styles.creditLabel}>{t('term.credit.noSource')}</span>
      )}
      {author && (
        <>
          {' — '}
          {authorOrganization
            ? t('term.credit.enteredByOf', { name: author.name, organization: authorOrganization.name })
            : t('term.credit.enteredBy', { name: author.name })}
        </>
      )}
    </p>
  );
}
