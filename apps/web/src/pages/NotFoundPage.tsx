import { useTranslation } from 'react-i18next';
import { NotFoundMessage } from '../shared/components/NotFoundMessage';
import { usePageTitle } from '../shared/hooks/usePageTitle';
import detail from '../shared/styles/detail.module.css';

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFoundTitle'));
  return (
    <div className={detail.detail}>
      <NotFoundMessage />
    </div>
  );
}
