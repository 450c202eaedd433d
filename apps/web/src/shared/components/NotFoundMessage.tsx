import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a page says when what was asked for does not exist: an unknown address or a removed item. */
export function NotFoundMessage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <p>
        <Link to="/">{t('errors.notFoundHelp')}</Link>
      </p>
    </>
  );
}
