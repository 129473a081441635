import { useTranslation } from 'react-i18next';
import type { DraftGroups } from './DraftGroups.tsx';

/** Publishes the draft: participants see their group, members may write to their group document. */
export function PublishButton({ board, run }: Pick<Parameters<typeof DraftGroups>[0], 'board' | 'run'>) {
  const { t } = useTranslation();
  if (!board.grouping) return null;
  return (
    <button type="button" className="secondary" onClick={() => run(board.publish)}>
      {t('groups.publish')}
    </button>
  );
}
