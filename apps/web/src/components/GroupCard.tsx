import { useDroppable } from '@dnd-kit/core';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardGroup } from './GroupBoard.tsx';
import { GroupDetailsForm } from './GroupDetailsForm.tsx';
import type { RowProps } from './LongList.tsx';
import { MemberCard } from './MemberCard.tsx';

/** One group on the board: number and name, place, why grouped, size against the bounds, and its people. */
export function GroupCard({
  group,
  groups,
  locked,
  bounds,
  onMove,
  onToggleLock,
  onRename,
  rowRef,
  index,
  style,
}: RowProps & {
  group: BoardGroup;
  groups: readonly BoardGroup[];
  locked: ReadonlySet<string>;
  bounds: { min: number; max: number };
  onMove: (participantId: string, groupId: string) => void;
  onToggleLock: (participantId: string) => void;
  onRename: (groupId: string, details: { name: string; place: string }) => boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const size = group.members.length;
  const outOfBounds = size < bounds.min || size > bounds.max;
  const { setNodeRef, isOver } = useDroppable({ id: group.id });
  // A drop target, and on a long board a row its list measures.
  const setRef = useCallback(
    (node: HTMLLIElement | null) => {
      setNodeRef(node);
      if (typeof rowRef === 'function') rowRef(node);
      else if (rowRef) rowRef.current = node;
    },
    [setNodeRef, rowRef],
  );
  const className = ['group-card', outOfBounds ? 'group-card-warning' : '', isOver ? 'group-card-over' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li ref={setRef} data-index={index} style={style} className={className} data-testid="group-card">
      <div className="group-card-head">
        <h3 id={`${id}-title`}>
          {t('groups.groupNumber', { number: group.number })}
          {group.name ? <span className="group-name"> · {group.name}</span> : null}
        </h3>
        {editing ? null : (
          <button type="button" className="secondary group-rename" onClick={() => setEditing(true)}>
            {t('board.rename')}
            <span className="visually-hidden"> {t('groups.groupNumber', { number: group.number })}</span>
          </button>
        )}
      </div>
      {group.place ? <p className="group-place">{t('board.placeLine', { place: group.place })}</p> : null}
      {group.label.length > 0 ? <p className="group-label">{group.label.join(', ')}</p> : null}
      {editing ? (
        <GroupDetailsForm
          number={group.number}
          name={group.name}
          place={group.place}
          onSave={(details) => onRename(group.id, details)}
          onClose={() => setEditing(false)}
        />
      ) : null}
      <p className={outOfBounds ? 'group-size group-size-warning' : 'group-size'}>
        {t('groups.size', { count: size })}
        {outOfBounds ? ` — ${t('groups.outOfBounds', { min: bounds.min, max: bounds.max })}` : null}
      </p>
      <ul className="member-list" aria-labelledby={`${id}-title`}>
        {group.members.map((member) => (
          <MemberCard
            key={member.id}
            member={member}
            groupId={group.id}
            groups={groups}
            locked={locked.has(member.id)}
            onMove={onMove}
            onToggleLock={onToggleLock}
          />
        ))}
      </ul>
    </li>
  );
}
