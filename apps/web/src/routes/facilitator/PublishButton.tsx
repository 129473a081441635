import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftGroups } from './DraftGroups.tsx';
import { RegroupChoiceBox } from './RegroupChoiceBox.tsx';

/**
 * Publishes the draft: participants see their group, members may write to their group document. Shown
 * while there is something the phones do not show yet: a first draft, or changes since the last publication.
 * Once groups write productions, it first asks what the productions do (keep with most members, or fresh).
 */
export function PublishButton({ board, run }: Pick<Parameters<typeof DraftGroups>[0], 'board' | 'run'>) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!board.grouping) return null;
  if (board.grouping.publishedAt && board.unpublished === 0) return null;
  if (asking) {
    return (
      <RegroupChoiceBox
        onPublish={(choice) => {
          if (run(() => board.publish(choice))) setAsking(false);
        }}
        onCancel={() => setAsking(false)}
      />
    );
  }
  return (
    <button
      type="button"
      onClick={() => (board.productionsStarted ? setAsking(true) : run(() => board.publish()))}
    >
      {board.grouping.publishedAt ? t('board.publishChanges') : t('groups.publish')}
    </button>
  );
}
