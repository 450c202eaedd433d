import { useTranslation } from 'react-i18next';
import styles from './LoadingState.module.css';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className={styles.loading} role="status">
      {label ?? t('common.loading')}
    </p>
  );
}
