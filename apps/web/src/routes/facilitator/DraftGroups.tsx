import { useTranslation } from 'react-i18next';
import { GroupBoard } from '../../components/GroupBoard.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { useGroupBoard } from '../../session/useGroupBoard.ts';

/**
 * The draft groups of a step: published notice, board with moves and locks, a warning on each group outside
 * the facilitator's size bounds; nothing before a first grouping.
 */
export function DraftGroups({
  board,
  bounds,
  run,
}: {
  board: ReturnType<typeof useGroupBoard>;
  bounds: { min: number; max: number };
  run: (command: () => void) => boolean;
}) {
  const { t } = useTranslation();
  if (!board.grouping) return null;
  return (
    <>
      {board.grouping.publishedAt ? (
        <Notice tone="info">
          {board.unpublished > 0
            ? t('board.unpublished', { count: board.unpublished })
            : t('groups.published')}
        </Notice>
      ) : null}
      {board.unplaced.length > 0 ? (
        <Notice tone="info">{t('board.unplacedNotice', { count: board.unplaced.length })}</Notice>
      ) : null}
      <GroupBoard
        groups={board.groups}
        unplaced={board.unplaced}
        locked={board.locked}
        bounds={bounds}
        onMove={(participantId, groupId) => run(() => board.move(participantId, groupId))}
        onToggleLock={(participantId) => run(() => board.toggleLock(participantId))}
        onRename={(groupId, details) => run(() => board.rename(groupId, details))}
      />
    </>
  );
}
