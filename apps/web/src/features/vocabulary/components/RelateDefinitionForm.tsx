import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefinitionRelationKind } from '../../../graphql/schema-types.generated';
import { ErrorSummary } from '../../../shared/components/form/ErrorSummary';
import { SelectField } from '../../../shared/components/form/SelectField';
import { TextAreaField } from '../../../shared/components/form/TextAreaField';
import { type FormFields, useFormProblems } from '../../../shared/hooks/useFormProblems';
import type { FieldErrors } from '../../../shared/lib/api-errors';
import type { TermQuery } from '../graphql/term.generated';
import { useRelateDefinitions } from '../hooks/useRelateDefinitions';
import { definitionName, RELATION_KINDS } from '../lib/definition-name';
import { excerpt } from '../lib/excerpt';
import { FormActions } from '../../../shared/components/form/FormActions';
import vocabulary from './vocabulary.module.css';

type Definition = TermQuery['term']['definitions'][number];

/** Several forms can be open on one page; ids stay unique per definition. */
const fieldId = (definitionId: string, field: string) => `relation-${definitionId}-${field}`;

interface RelateDefinitionFormProps {
  definition: Definition;
  /** The term's other definitions, the ones this one can be related to. */
  others: Definition[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A researcher states how this definition relates to another of the same term, with a reason. */
export function RelateDefinitionForm({ definition, others, onDone, onCancel }: RelateDefinitionFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DefinitionRelationKind | ''>('');
  const [otherId, setOtherId] = useState('');
  const [reason, setReason] = useState('');
  const [relate, { loading }] = useRelateDefinitions();
  const fields: FormFields = useMemo(
    () => ({
      kind: { id: fieldId(definition.id, 'kind'), label: t('term.relation.kind') },
      toDefinitionId: { id: fieldId(definition.id, 'other'), label: t('term.relation.other') },
      reason: { id: fieldId(definition.id, 'reason'), label: t('term.relation.reasonField') },
    }),
    [definition.id, t],
  );
  const problems = useFormProblems(fields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!kind) errors['kind'] = [t('term.relation.kindRequired')];
    if (!otherId) errors['toDefinitionId'] = [t('term.relation.otherRequired')];
    if (!reason.trim()) errors['reason'] = [t('term.relation.reasonRequired')];
    if (!problems.acceptClientCheck(errors) || !kind) return;
    try {
      await relate({ input: { fromDefinitionId: definition.id, toDefinitionId: otherId, kind, reason: reason.trim() } });
      onDone(t('term.relation.saved'));
    } catch (error) {
      problems.showApiError(error);
    }
  };

  const perspective = t(`enums.Perspective.${definition.perspective}`);
  return (
    <form className={vocabulary.inlineForm} onSubmit={submit} noValidate aria-label={t('term.relation.formLabel', { perspective })}>
      <ErrorSummary items={problems.summary} />
      <p className="meta">{t('term.relation.formIntro')}</p>
      <SelectField
        {...problems.fieldProps('kind')}
        hint={t('term.relation.kindHint')}
        required
        value={kind}
        emptyLabel={t('term.relation.chooseKind')}
        options={RELATION_KINDS.map((value) => ({ value, label: t(`term.relation.kindOption.${value}`) }))}
        onChange={(value) => setKind(value as DefinitionRelationKind | '')}
      />
      <SelectField
        {...problems.fieldProps('toDefinitionId')}
        required
        value={otherId}
        emptyLabel={t('term.relation.chooseOther')}
        options={others.map((other) => ({ value: other.id, label: `${definitionName(other, t)}: “${excerpt(other.text)}”` }))}
        onChange={setOtherId}
      />
      <TextAreaField
        {...problems.fieldProps('reason')}
        hint={t('term.relation.reasonHint')}
        required
        rows={3}
        value={reason}
        onChange={setReason}
      />
      <FormActions submitLabel={t('term.relation.save')} busy={loading} onCancel={onCancel} />
    </form>
  );
}
