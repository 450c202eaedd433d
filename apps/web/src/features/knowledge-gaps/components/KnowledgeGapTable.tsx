import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../shared/components/DataTable';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { describeApiError } from '../../../shared/lib/api-errors';
import { formatDate } from '../../../shared/lib/format';
import { EDITORIAL_ROLES, hasRole } from '../../auth/lib/permissions';
import type { SessionUser } from '../../auth/lib/session-store';
import { toSearchParams } from '../../search/lib/search-state';
import type { KnowledgeGapsQuery } from '../graphql/knowledge-gaps.generated';
import { useProposeTerm } from '../hooks/useProposeTerm';
import styles from './KnowledgeGapTable.module.css';

type Gap = KnowledgeGapsQuery['knowledgeGaps'][number];

const searchPath = (query: string) => `/?${toSearchParams({ query, filters: {}, page: 1 })}`;
const newProjectPath = (query: string) => `/redactie/projecten/nieuw?${new URLSearchParams({ titel: query })}`;

/**
 * The gaps, each with what can be made of it: a proposed term (everyone who reads gaps may
 * propose terms) or, for those who also edit, a project.
 */
export function KnowledgeGapTable({ gaps, user }: { gaps: readonly Gap[]; user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const messageFor = useErrorMessage();
  const [proposeTerm] = useProposeTerm();
  const [proposing, setProposing] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const mayStartProjects = hasRole(user, EDITORIAL_ROLES);

  const propose = async (query: string) => {
    setProposing(query);
    setFailure(null);
    try {
      const { createTerm } = await proposeTerm({ label: query });
      navigate(`/begrippen/${createTerm.slug}`);
    } catch (error) {
      const problem = describeApiError(error);
      // A term by that name already exists: the API says which, and where to add a definition.
      setFailure(problem.fields['label']?.[0] ?? messageFor(problem));
      setProposing(null);
    }
  };

  return (
    <>
      {failure && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      <DataTable
        className={styles.table}
        caption={t('knowledgeGaps.tableCaption')}
        rows={gaps}
        rowKey={(gap) => gap.query}
        columns={[
          { header: t('knowledgeGaps.query'), cell: (gap) => <Link to={searchPath(gap.query)}>{gap.query}</Link> },
          { header: t('knowledgeGaps.visits'), className: styles.number, cell: (gap) => gap.visits },
          { header: t('knowledgeGaps.results'), className: styles.number, cell: (gap) => gap.results },
          { header: t('knowledgeGaps.lastSeen'), cell: (gap) => formatDate(gap.lastSeenOn) },
          {
            header: t('knowledgeGaps.actions'),
            cell: (gap) => (
              <div className={styles.actions}>
                <button type="button" className="button button--quiet" disabled={proposing !== null} onClick={() => void propose(gap.query)}>
                  {proposing === gap.query ? t('knowledgeGaps.proposing') : t('knowledgeGaps.proposeTerm')}
                  <span className="visually-hidden"> {t('knowledgeGaps.forQuery', { query: gap.query })}</span>
                </button>
                {mayStartProjects && (
                  <Link to={newProjectPath(gap.query)} className="button button--quiet">
                    {t('knowledgeGaps.startProject')}
                    <span className="visually-hidden"> {t('knowledgeGaps.forQuery', { query: gap.query })}</span>
                  </Link>
                )}
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
