import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import type { TermQuery } from '../graphql/term.generated';
import { capitalized, definitionName, RELATION_SYMBOL } from '../lib/definition-name';

type Definition = TermQuery['term']['definitions'][number];

interface DefinitionRelationsProps {
  definition: Definition;
  /** All definitions of the term, to name the other side of each relation. */
  definitions: Definition[];
}

/** What researchers stated about this definition and another: "Cliënt is smaller dan deze definitie", with reason. */
export function DefinitionRelations({ definition, definitions }: DefinitionRelationsProps) {
  const { t } = useTranslation();
  if (!definition.relations.length) return <p className="meta">{t('term.relation.none')}</p>;
  const nameOf = (id: string) => {
    if (id === definition.id) return t('term.relation.thisDefinition');
    const other = definitions.find((candidate) => candidate.id === id);
    return other ? definitionName(other, t) : t('term.relation.otherDefinition');
  };
  return (
    <ul className="relations">
      {definition.relations.map((relation) => (
        <li key={relation.id} className={`relation relation--${relation.kind.toLowerCase()}`}>
          <p className="relation__sentence">
            <span className="relation-symbol" aria-hidden="true">
              {RELATION_SYMBOL[relation.kind]}
            </span>{' '}
            <strong>{capitalized(t(`term.relation.sentence.${relation.kind}`, { from: nameOf(relation.from.id), to: nameOf(relation.to.id) }))}</strong>
          </p>
          <p className="relation__reason">
            <span className="visually-hidden">{t('term.relation.reason')}: </span>
            {relation.reason}
          </p>
          <p className="meta">
            {t('term.relation.statedBy', { name: relation.statedBy?.name ?? t('common.unknown'), date: formatDate(relation.updatedAt) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
