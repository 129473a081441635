import { useTranslation } from 'react-i18next';
import { GroupBoard } from '../../components/GroupBoard.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { useGroupBoard } from '../../session/useGroupBoard.ts';

const BOUNDS = { min: 3, max: 6 };

/** The draft groups of a step: published notice, board with moves and locks; nothing before a first grouping. */
export function DraftGroups({
  board,
  run,
}: {
  board: ReturnType<typeof useGroupBoard>;
  run: (command: () => void) => boolean;
}) {
  const { t } = useTranslation();
  if (!board.grouping) return null;
  return (
    <>
      {board.grouping.publishedAt ? <Notice tone="info">{t('groups.published')}</Notice> : null}
      <GroupBoard
        groups={board.groups}
        locked={board.locked}
        bounds={BOUNDS}
        onMove={(participantId, groupId) => run(() => board.move(participantId, groupId))}
        onToggleLock={(participantId) => run(() => board.toggleLock(participantId))}
      />
    </>
  );
}
