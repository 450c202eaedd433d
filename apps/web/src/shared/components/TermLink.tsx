import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { termPath } from '../lib/term-mentions';
import styles from './TermLink.module.css';

interface TermLinkProps {
  slug: string;
  /** The term's preferred label, which may differ from the words in the text. */
  label: string;
  children: ReactNode;
}

/**
 * A contested term in running text, linked to its page. Screen readers hear that it is a
 * contested term; sighted readers see a dotted underline and a title, not only a colour.
 */
export function TermLink({ slug, label, children }: TermLinkProps) {
  const { t } = useTranslation();
  return (
    <Link to={termPath(slug)} className={styles.termLink} title={t('termLink.title', { label })}>
      {children}
      <span className="visually-hidden"> ({t('termLink.hint')})</span>
    </Link>
  );
}
