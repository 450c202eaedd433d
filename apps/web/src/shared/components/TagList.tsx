import styles from './TagList.module.css';

interface TagListProps {
  items: string[];
  label?: string;
}

export function TagList({ items, label }: TagListProps) {
  if (!items.length) return null;
  return (
    <ul className={styles.tags} aria-label={label}>
      {items.map((item) => (
        <li key={item} className={styles.tag}>
          {item}
        </li>
      ))}
    </ul>
  );
}
