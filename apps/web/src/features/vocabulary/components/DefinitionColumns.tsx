import { useTranslation } from 'react-i18next';
import type { TermQuery } from '../graphql/term.generated';
import { PERSPECTIVES } from '../lib/perspectives';
import { DefinitionCard } from './DefinitionCard';
import type { DefinitionProfile } from './DefinitionElements';
import styles from './DefinitionColumns.module.css';

type Definition = TermQuery['term']['definitions'][number];

interface DefinitionColumnsProps {
  definitions: Definition[];
  /** Each definition's words in the comparison. */
  profiles: DefinitionProfile[];
  canAnnotate: boolean;
}

/** One column per perspective, side by side; on a phone the columns stack. */
export function DefinitionColumns({ definitions, profiles, canAnnotate }: DefinitionColumnsProps) {
  const { t } = useTranslation();
  const columns = PERSPECTIVES.map((perspective) => ({
    perspective,
    definitions: definitions.filter((definition) => definition.perspective === perspective),
  })).filter((column) => column.definitions.length);

  if (!columns.length) return <p>{t('term.noDefinitions')}</p>;
  return (
    // Scrollable sideways when there are many perspectives, so it must be reachable by keyboard.
    <div className={styles.perspectives} role="region" aria-label={t('term.definitionsRegion')} tabIndex={0}>
      {columns.map((column) => (
        <section key={column.perspective} className={styles.perspective} aria-labelledby={`perspective-${column.perspective}`}>
          <h3 id={`perspective-${column.perspective}`} className={styles.heading}>
            {t(`enums.Perspective.${column.perspective}`)}{' '}
            <span className={styles.count}>{t('term.definitionCount', { count: column.definitions.length })}</span>
          </h3>
          {column.definitions.map((definition) => (
            <DefinitionCard
              key={definition.id}
              definition={definition}
              definitions={definitions}
              profile={profiles.find((profile) => profile.definition.id === definition.id)}
              canAnnotate={canAnnotate}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
