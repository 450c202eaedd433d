import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { describeApiError } from '../../../shared/lib/api-errors';
import { formatDate } from '../../../shared/lib/format';
import { EDITORIAL_ROLES, hasRole } from '../../auth/lib/permissions';
import type { SessionUser } from '../../auth/lib/session-store';
import { toSearchParams } from '../../search/lib/search-state';
import type { KnowledgeGapsQuery } from '../graphql/knowledge-gaps.generated';
import { useProposeTerm } from '../hooks/useProposeTerm';
import table from '../../../shared/styles/table.module.css';
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
      <div className={table.wrapper}>
        <table className={`${table.table} ${styles.table}`}>
          <caption>{t('knowledgeGaps.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('knowledgeGaps.query')}</th>
              <th scope="col" className={styles.number}>
                {t('knowledgeGaps.visits')}
              </th>
              <th scope="col" className={styles.number}>
                {t('knowledgeGaps.results')}
              </th>
              <th scope="col">{t('knowledgeGaps.lastSeen')}</th>
              <th scope="col">{t('knowledgeGaps.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap) => (
              <tr key={gap.query}>
                <th scope="row">
                  <Link to={searchPath(gap.query)}>{gap.query}</Link>
                </th>
                <td className={styles.number}>{gap.visits}</td>
                <td className={styles.number}>{gap.results}</td>
                <td>{formatDate(gap.lastSeenOn)}</td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
