import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { KnowledgeFlowSankey } from '../features/network/components/KnowledgeFlowSankey';
import styles from '../features/network/components/KnowledgeFlow.module.css';
import { useKnowledgeFlow, useNetworkChoices } from '../features/network/hooks/useNetwork';
import { DataTable } from '../shared/components/DataTable';
import { ErrorState } from '../shared/components/ErrorState';
import { LoadingState } from '../shared/components/LoadingState';
import { useEnumLabel } from '../shared/hooks/useEnumLabel';
import { usePageTitle } from '../shared/hooks/usePageTitle';

const NETWORK_PARAM = 'netwerk';

/** Knowledge flow: members by kind, interventions travelling from developer to user (picture and table), and that use per year. */
export default function NetworkPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const scopeId = useId();
  const [params, setParams] = useSearchParams();
  const networkSlug = params.get(NETWORK_PARAM);
  const { data, error, refetch } = useKnowledgeFlow(networkSlug);
  const choices = useNetworkChoices().data?.learningNetworks.nodes ?? [];
  usePageTitle(t('knowledgeFlow.title'));

  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;

  const flow = data?.knowledgeFlow;
  const mostUses = Math.max(1, ...(flow?.years.map((year) => year.uses) ?? []));
  return (
    <div>
      <h1>{t('knowledgeFlow.title')}</h1>
      <p className="lead">{t('knowledgeFlow.intro')}</p>
      <p>
        <Link to="/bijeenkomsten">{t('knowledgeFlow.sessionsLink')}</Link>
      </p>
      <p>
        <label htmlFor={scopeId}>{t('knowledgeFlow.scope')}</label>{' '}
        <select
          id={scopeId}
          value={networkSlug ?? ''}
          onChange={(event) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                if (event.target.value) next.set(NETWORK_PARAM, event.target.value);
                else next.delete(NETWORK_PARAM);
                return next;
              },
              { replace: true },
            )
          }
        >
          <option value="">{t('knowledgeFlow.allOrganizations')}</option>
          {choices.map((network) => (
            <option key={network.id} value={network.slug} lang="nl">
              {network.name}
            </option>
          ))}
        </select>
      </p>

      {!flow ? (
        <LoadingState />
      ) : (
        <>
          <section aria-labelledby="members-heading">
            <h2 id="members-heading">{t('knowledgeFlow.members')}</h2>
            <ul className={styles.kinds}>
              {flow.membersByKind.map((group) => (
                <li key={group.kind}>
                  <h3>
                    {label('OrganizationKind', group.kind)} ({group.organizations.length})
                  </h3>
                  <ul className="plain-list">
                    {group.organizations.map((organization) => (
                      <li key={organization.id}>
                        <Link to={`/organisaties/${organization.slug}`}>{organization.name}</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="flow-heading">
            <h2 id="flow-heading">{t('knowledgeFlow.flowHeading')}</h2>
            {flow.links.length === 0 ? (
              <p>{t('knowledgeFlow.empty')}</p>
            ) : (
              <>
                <KnowledgeFlowSankey links={flow.links} />
                <DataTable
                  caption={t('knowledgeFlow.tableCaption')}
                  rows={flow.links}
                  rowKey={(link) => `${link.developer.id}>${link.user.id}`}
                  columns={[
                    { header: t('knowledgeFlow.developer'), cell: (link) => <Link to={`/organisaties/${link.developer.slug}`}>{link.developer.name}</Link> },
                    { header: t('knowledgeFlow.user'), cell: (link) => <Link to={`/organisaties/${link.user.slug}`}>{link.user.name}</Link> },
                    { header: t('knowledgeFlow.uses'), cell: (link) => link.uses },
                    {
                      header: t('knowledgeFlow.interventions'),
                      cell: (link) => (
                        <ul className="plain-list">
                          {link.interventions.map((intervention) => (
                            <li key={intervention.id}>
                              <Link to={`/interventies/${intervention.slug}`} lang="nl">
                                {intervention.name}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]}
                />
              </>
            )}
          </section>

          <section aria-labelledby="years-heading">
            <h2 id="years-heading">{t('knowledgeFlow.yearsHeading')}</h2>
            <DataTable
              caption={t('knowledgeFlow.yearsCaption')}
              rows={flow.years}
              rowKey={(year) => year.year}
              columns={[
                { header: t('knowledgeFlow.year'), cell: (year) => year.year },
                {
                  header: t('knowledgeFlow.uses'),
                  cell: (year) => (
                    <>
                      {/* A bar as long as the count, beside the number itself. */}
                      <span className={styles.bar} style={{ width: `${(year.uses / mostUses) * 10}rem` }} aria-hidden="true" />
                      {year.uses}
                    </>
                  ),
                },
                { header: t('knowledgeFlow.pairs'), cell: (year) => year.pairs },
              ]}
            />
          </section>
        </>
      )}
    </div>
  );
}
