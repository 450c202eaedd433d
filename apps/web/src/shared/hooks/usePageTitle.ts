import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab (and what a screen reader announces on navigation) names the page. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? t('app.pageTitle', { title }) : t('app.name');
  }, [title, t]);
}
