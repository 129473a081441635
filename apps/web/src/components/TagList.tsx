import { useTranslation } from 'react-i18next';

/** An answer's tags as a list of #chips; nothing when there are none. */
export function TagList({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('answers.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          #{tag}
        </li>
      ))}
    </ul>
  );
}
