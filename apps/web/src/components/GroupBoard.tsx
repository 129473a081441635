import { type DragEvent, useId } from 'react';
import './GroupBoard.css';
import { useTranslation } from 'react-i18next';

export interface BoardGroup {
  id: string;
  label: readonly string[];
  members: readonly { id: string; name: string; sharedTerms: readonly string[] }[];
}

interface GroupBoardProps {
  groups: readonly BoardGroup[];
  /** People in no group yet (late joiners), listed in a tray above the groups to be placed by hand. */
  unplaced: BoardGroup['members'];
  locked: ReadonlySet<string>;
  bounds: { min: number; max: number };
  onMove: (participantId: string, groupId: string) => void;
  onToggleLock: (participantId: string) => void;
}

const DRAG_TYPE = 'application/x-peerloom-participant';

/** Groups side by side; people move by drag and drop or, from the keyboard, with each person's "move to" list. */
export function GroupBoard({ groups, unplaced, locked, bounds, onMove, onToggleLock }: GroupBoardProps) {
  const { t } = useTranslation();
  const id = useId();
  const drop = (groupId: string) => (event: DragEvent) => {
    event.preventDefault();
    const participantId = event.dataTransfer.getData(DRAG_TYPE);
    if (participantId) onMove(participantId, groupId);
  };
  return (
    <>
      {unplaced.length > 0 ? (
        <section className="unplaced-tray" aria-labelledby={`${id}-unplaced`} data-testid="unplaced-tray">
          <h3 id={`${id}-unplaced`}>
            {t('board.unplacedTitle')} ({unplaced.length})
          </h3>
          <ul className="member-list">
            {unplaced.map((member) => (
              <li
                key={member.id}
                className="member"
                draggable
                onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, member.id)}
                data-testid="unplaced-member"
              >
                <span className="member-name">{member.name}</span>
                <span className="member-tools">
                  <label className="visually-hidden" htmlFor={`${id}-${member.id}-move`}>
                    {t('groups.moveLabel', { name: member.name })}
                  </label>
                  <select
                    id={`${id}-${member.id}-move`}
                    value=""
                    onChange={(event) => event.target.value && onMove(member.id, event.target.value)}
                  >
                    <option value="">{t('board.chooseGroup')}</option>
                    {groups.map((target, targetIndex) => (
                      <option key={target.id} value={target.id}>
                        {t('groups.groupNumber', { number: targetIndex + 1 })}
                      </option>
                    ))}
                  </select>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ol className="group-board" aria-label={t('groups.board')}>
        {groups.map((group, index) => {
          const size = group.members.length;
          const outOfBounds = size < bounds.min || size > bounds.max;
          return (
            <li
              key={group.id}
              className={outOfBounds ? 'group-card group-card-warning' : 'group-card'}
              onDragOver={(event) => event.preventDefault()}
              onDrop={drop(group.id)}
              data-testid="group-card"
            >
              <h3 id={`${id}-${group.id}`}>
                {t('groups.groupNumber', { number: index + 1 })}
                {group.label.length > 0 ? (
                  <span className="group-label"> · {group.label.join(', ')}</span>
                ) : null}
              </h3>
              <p className={outOfBounds ? 'group-size group-size-warning' : 'group-size'}>
                {t('groups.size', { count: size })}
                {outOfBounds ? ` — ${t('groups.outOfBounds', { min: bounds.min, max: bounds.max })}` : null}
              </p>
              <ul className="member-list" aria-labelledby={`${id}-${group.id}`}>
                {group.members.map((member) => (
                  <li
                    key={member.id}
                    className={locked.has(member.id) ? 'member member-locked' : 'member'}
                    draggable
                    onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, member.id)}
                    data-testid="group-member"
                  >
                    <span className="member-name">{member.name}</span>
                    {member.sharedTerms.length > 0 ? (
                      <span className="member-terms">{member.sharedTerms.join(', ')}</span>
                    ) : null}
                    <span className="member-tools">
                      <label className="visually-hidden" htmlFor={`${id}-${member.id}-move`}>
                        {t('groups.moveLabel', { name: member.name })}
                      </label>
                      <select
                        id={`${id}-${member.id}-move`}
                        value={group.id}
                        onChange={(event) => onMove(member.id, event.target.value)}
                      >
                        {groups.map((target, targetIndex) => (
                          <option key={target.id} value={target.id}>
                            {t('groups.groupNumber', { number: targetIndex + 1 })}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="secondary lock-button"
                        aria-pressed={locked.has(member.id)}
                        onClick={() => onToggleLock(member.id)}
                      >
                        {locked.has(member.id) ? t('groups.unlock') : t('groups.lock')}
                        <span className="visually-hidden"> {member.name}</span>
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
