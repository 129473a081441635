import { useTranslation } from 'react-i18next';
import type { DraftGroups } from './DraftGroups.tsx';

/**
 * Publishes the draft: participants see their group, members may write to their group document. Shown
 * while there is something the phones do not show yet: a first draft, or changes since the last publication.
 */
export function PublishButton({ board, run }: Pick<Parameters<typeof DraftGroups>[0], 'board' | 'run'>) {
  const { t } = useTranslation();
  if (!board.grouping) return null;
  if (board.grouping.publishedAt && board.unpublished === 0) return null;
  return (
    <button type="button" onClick={() => run(board.publish)}>
      {board.grouping.publishedAt ? t('board.publishChanges') : t('groups.publish')}
    </button>
  );
}
