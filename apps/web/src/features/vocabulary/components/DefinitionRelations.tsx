import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { useErrorMessage } from '../../../shared/hooks/useErrorMessage';
import { describeApiError } from '../../../shared/lib/api-errors';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../auth/hooks/useSession';
import { canWithdrawRelation } from '../../auth/lib/permissions';
import type { TermQuery } from '../graphql/term.generated';
import { useWithdrawRelation } from '../hooks/useWithdrawRelation';
import { capitalized, definitionName, RELATION_SYMBOL } from '../lib/definition-name';
import styles from './DefinitionRelations.module.css';
import vocabulary from './vocabulary.module.css';

type Definition = TermQuery['term']['definitions'][number];

interface DefinitionRelationsProps {
  definition: Definition;
  /** All definitions of the term, to name the other side of each relation. */
  definitions: Definition[];
  onWithdrawn: (message: string) => void;
}

/** What researchers stated about this definition and another: "Cliënt is smaller dan deze definitie", with reason. */
export function DefinitionRelations({ definition, definitions, onWithdrawn }: DefinitionRelationsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const messageFor = useErrorMessage();
  const [withdraw, { loading }] = useWithdrawRelation();
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);
  const [confirming, setConfirming] = useState<{ relation: Definition['relations'][number]; sentence: string } | null>(null);
  const onWithdraw = async () => {
    if (!confirming) return;
    const { relation, sentence } = confirming;
    setConfirming(null);
    setFailure(null);
    try {
      await withdraw({ id: relation.id });
      onWithdrawn(t('term.relation.withdrawn', { sentence }));
    } catch (problem) {
      setFailure({ id: relation.id, message: messageFor(describeApiError(problem)) });
    }
  };
  if (!definition.relations.length) return <p className="meta">{t('term.relation.none')}</p>;
  const nameOf = (id: string) => {
    if (id === definition.id) return t('term.relation.thisDefinition');
    const other = definitions.find((candidate) => candidate.id === id);
    return other ? definitionName(other, t) : t('term.relation.otherDefinition');
  };
  return (
    <>
      <ul className={styles.relations}>
        {definition.relations.map((relation) => {
          const sentence = capitalized(t(`term.relation.sentence.${relation.kind}`, { from: nameOf(relation.from.id), to: nameOf(relation.to.id) }));
          return (
            <li key={relation.id} className={relation.kind === 'CONFLICTS_WITH' ? `${styles.relation} ${styles.conflict}` : styles.relation}>
              <p>
                <span className={vocabulary.relationSymbol} aria-hidden="true">
                  {RELATION_SYMBOL[relation.kind]}
                </span>{' '}
                <strong>{sentence}</strong>
              </p>
              <p>
                <span className="visually-hidden">{t('term.relation.reason')}: </span>
                {relation.reason}
              </p>
              <p className="meta">
                {t('term.relation.statedBy', { name: relation.statedBy?.name ?? t('common.unknown'), date: formatDate(relation.updatedAt) })}
              </p>
              {canWithdrawRelation(session?.user, relation.statedBy?.id) && (
                <button type="button" className="button button--quiet" disabled={loading} onClick={() => setConfirming({ relation, sentence })}>
                  {t('term.relation.withdraw')}
                  <span className="visually-hidden">: {sentence}</span>
                </button>
              )}
              {failure?.id === relation.id && (
                <p className="notice notice--error" role="alert">
                  {failure.message}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={!!confirming}
        title={t('term.relation.withdrawTitle')}
        body={t('term.relation.withdrawBody', { sentence: confirming?.sentence ?? '' })}
        cancelLabel={t('common.cancel')}
        confirmLabel={t('term.relation.withdrawConfirm')}
        busy={loading}
        onConfirm={onWithdraw}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
