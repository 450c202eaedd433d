import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationMotivation, Perspective } from '../../../graphql/schema-types.generated';
import { SelectField } from '../../../shared/components/form/SelectField';
import form from '../../../shared/components/form/form.module.css';
import type { TermQuery } from '../graphql/term.generated';
import { useNarrowScreen } from '../hooks/useNarrowScreen';
import { PERSPECTIVES } from '../lib/perspectives';
import { AnnotationFilter } from './AnnotationFilter';
import { DefinitionCard } from './DefinitionCard';
import type { DefinitionProfile } from './DefinitionElements';
import styles from './DefinitionColumns.module.css';

type Definition = TermQuery['term']['definitions'][number];

interface DefinitionColumnsProps {
  definitions: Definition[];
  /** Each definition's words in the comparison. */
  profiles: DefinitionProfile[];
  /** Whether this reader may state relations between definitions. */
  canRelate: boolean;
  /** What this reader may annotate with; empty when they may not annotate. */
  motivations: readonly AnnotationMotivation[];
}

/**
 * One column per perspective, side by side. On a wide screen the columns wrap onto the next row
 * rather than scroll sideways, and the reader picks which perspectives to compare (the others
 * fold away, named below the choice); on a phone a switcher shows one perspective at a time.
 */
export function DefinitionColumns({ definitions, profiles, canRelate, motivations }: DefinitionColumnsProps) {
  const { t } = useTranslation();
  const narrow = useNarrowScreen();
  const [annotationFilter, setAnnotationFilter] = useState<AnnotationMotivation | null>(null);
  // What the reader folded away, so that a perspective added later shows.
  const [folded, setFolded] = useState<ReadonlySet<Perspective>>(new Set());
  const [onPhone, setOnPhone] = useState<Perspective | null>(null);
  const columns = PERSPECTIVES.map((perspective) => ({
    perspective,
    definitions: definitions.filter((definition) => definition.perspective === perspective),
  })).filter((column) => column.definitions.length);

  if (!columns.length) return <p>{t('term.noDefinitions')}</p>;
  const label = (column: (typeof columns)[number]) => `${t(`enums.Perspective.${column.perspective}`)} (${column.definitions.length})`;
  const phoneColumn = columns.find((column) => column.perspective === onPhone) ?? columns[0];
  const shown = narrow ? [phoneColumn] : columns.filter((column) => !folded.has(column.perspective));
  const foldedColumns = columns.filter((column) => folded.has(column.perspective));
  const toggle = (perspective: Perspective, show: boolean) => {
    const next = new Set(folded);
    if (show) next.delete(perspective);
    else next.add(perspective);
    setFolded(next);
  };

  return (
    <>
      {narrow ? (
        <div className={styles.switcher}>
          <SelectField
            id="perspective-switcher"
            label={t('term.columns.switcher')}
            hint={t('term.columns.switcherHint', { count: columns.length })}
            value={phoneColumn.perspective}
            options={columns.map((column) => ({ value: column.perspective, label: label(column) }))}
            onChange={(value) => setOnPhone(value as Perspective)}
          />
        </div>
      ) : (
        columns.length > 1 && (
          <>
            <fieldset className={styles.chooser} aria-describedby="perspective-chooser-hint">
              <legend>{t('term.columns.chooser')}</legend>
              {columns.map((column) => {
                const checked = !folded.has(column.perspective);
                return (
                  <label key={column.perspective} className={form.choice}>
                    <input
                      type="checkbox"
                      checked={checked}
                      // At least one perspective stays on the page.
                      disabled={checked && shown.length === 1}
                      onChange={(event) => toggle(column.perspective, event.target.checked)}
                    />
                    {label(column)}
                  </label>
                );
              })}
            </fieldset>
            <p id="perspective-chooser-hint" className="meta">
              {t('term.columns.chooserHint')}
            </p>
            {foldedColumns.length > 0 && (
              <p className={styles.folded}>
                <span>{t('term.columns.folded', { perspectives: foldedColumns.map((column) => t(`enums.Perspective.${column.perspective}`)).join(', ') })}</span>
                <button type="button" className="button button--quiet" onClick={() => setFolded(new Set())}>
                  {t('term.columns.showAll')}
                </button>
              </p>
            )}
          </>
        )
      )}
      <AnnotationFilter annotations={definitions.flatMap((definition) => definition.annotations)} value={annotationFilter} onChange={setAnnotationFilter} />
      <div className={styles.grid} role="region" aria-label={t('term.definitionsRegion')}>
        {shown.map((column) => (
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
                canRelate={canRelate}
                motivations={motivations}
                annotationFilter={annotationFilter}
              />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
