import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SentQueries } from '../lib/sent-queries';
import styles from './SearchBox.module.css';

interface SearchBoxProps {
  /** The query in the URL. */
  query: string;
  onSearch: (query: string) => void;
}

const DEBOUNCE_MS = 200;

/** Searches as you type, once typing pauses for a moment; Enter searches at once. */
export function SearchBox({ query, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  const [sent] = useState(() => new SentQueries(query));

  // The URL changed by itself (back button, a shared link): show that query in the box.
  useEffect(() => {
    if (!sent.isEcho(query)) setDraft(query);
  }, [query, sent]);

  useEffect(() => {
    const next = draft.trim();
    if (next === sent.latest) return;
    const timer = setTimeout(() => {
      sent.send(next);
      onSearch(next);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, onSearch, sent]);

  return (
    <form
      role="search"
      className={styles.searchBox}
      onSubmit={(event) => {
        event.preventDefault();
        const next = draft.trim();
        sent.send(next);
        onSearch(next);
      }}
    >
      <label htmlFor="search-input" className={styles.label}>
        {t('search.label')}
      </label>
      <div className={styles.row}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="M15.5 15.5L21 21" />
        </svg>
        <input
          id="search-input"
          className={styles.input}
          type="search"
          value={draft}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => setDraft(event.target.value)}
        />
      </div>
    </form>
  );
}
