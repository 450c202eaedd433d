import { useTranslation } from 'react-i18next';
import type { EditorialState } from '../../../graphql/schema-types.generated';
import badge from '../../../shared/styles/badge.module.css';

const TONE: Record<EditorialState, string> = { DRAFT: badge.tentative, PUBLISHED: badge.settled, ARCHIVED: badge.setAside };

/** The state in words, with a distinct border style per state; colour is extra, never the only cue. */
export function EditorialStateBadge({ state }: { state: EditorialState }) {
  const { t } = useTranslation();
  return <span className={`${badge.badge} ${TONE[state]}`}>{t(`enums.EditorialState.${state}`)}</span>;
}
