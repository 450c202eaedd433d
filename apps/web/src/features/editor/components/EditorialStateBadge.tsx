import { useTranslation } from 'react-i18next';
import type { EditorialState } from '../../../graphql/schema-types.generated';

/** The state in words, with a distinct border style per state; colour is extra, never the only cue. */
export function EditorialStateBadge({ state }: { state: EditorialState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${state.toLowerCase()}`}>{t(`enums.EditorialState.${state}`)}</span>;
}
