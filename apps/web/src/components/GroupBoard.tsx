import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './GroupBoard.css';
import { GroupCard } from './GroupCard.tsx';
import { MemberCard } from './MemberCard.tsx';

export interface BoardMember {
  id: string;
  name: string;
  sharedTerms: readonly string[];
  /** What the person wrote (their answer, or their profile values), shown on one line. */
  detail: string;
}

export interface BoardGroup {
  id: string;
  number: number;
  name: string;
  place: string;
  label: readonly string[];
  members: readonly BoardMember[];
}

interface GroupBoardProps {
  groups: readonly BoardGroup[];
  /** People in no group yet (late joiners), listed in a tray above the groups to be placed by hand. */
  unplaced: readonly BoardMember[];
  locked: ReadonlySet<string>;
  bounds: { min: number; max: number };
  onMove: (participantId: string, groupId: string) => void;
  onToggleLock: (participantId: string) => void;
  onRename: (groupId: string, details: { name: string; place: string }) => boolean;
}

/** Groups side by side; people move by drag and drop or, from the keyboard, with each person's "move to" list. */
export function GroupBoard({
  groups,
  unplaced,
  locked,
  bounds,
  onMove,
  onToggleLock,
  onRename,
}: GroupBoardProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      {unplaced.length > 0 ? (
        <section className="unplaced-tray" aria-labelledby={`${id}-unplaced`} data-testid="unplaced-tray">
          <h3 id={`${id}-unplaced`}>
            {t('board.unplacedTitle')} ({unplaced.length})
          </h3>
          <ul className="member-list">
            {unplaced.map((member) => (
              <MemberCard
                key={member.id}
                member={member}
                groupId={null}
                groups={groups}
                locked={false}
                onMove={onMove}
              />
            ))}
          </ul>
        </section>
      ) : null}
      <ol className="group-board" aria-label={t('groups.board')}>
        {groups.map((group) => (
          <GroupCard
            key={group.id}
            group={group}
            groups={groups}
            locked={locked}
            bounds={bounds}
            onMove={onMove}
            onToggleLock={onToggleLock}
            onRename={onRename}
          />
        ))}
      </ol>
    </>
  );
}
