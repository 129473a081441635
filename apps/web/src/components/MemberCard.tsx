import { useDraggable } from '@dnd-kit/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from './formatGroupTitle.ts';
import type { BoardGroup, BoardMember } from './GroupBoard.tsx';

/**
 * One person on the board, to drag to another group: name, what they wrote (one line, expandable), the terms
 * they share with their group, a "move to" list, and a lock (not in the tray of people to place).
 */
export function MemberCard({
  member,
  groupId,
  groups,
  locked,
  onMove,
  onToggleLock,
}: {
  member: BoardMember;
  /** The person's group, null in the tray of people to place. */
  groupId: string | null;
  groups: readonly BoardGroup[];
  locked: boolean;
  onMove: (participantId: string, groupId: string) => void;
  onToggleLock?: (participantId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: member.id,
  });
  const className = ['member', locked ? 'member-locked' : '', isDragging ? 'member-dragging' : '']
    .filter(Boolean)
    .join(' ');
  return (
    // Pointer and touch lift the whole card; the keyboard lifts it from its handle (see the sensors).
    <li
      ref={setNodeRef}
      className={className}
      {...listeners}
      data-testid={groupId ? 'group-member' : 'unplaced-member'}
    >
      <span className="member-head">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          {...attributes}
          aria-label={t('board.dragHandle', { name: member.name })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="member-name">{member.name}</span>
      </span>
      {member.detail ? (
        <button
          type="button"
          className={expanded ? 'member-detail member-detail-open' : 'member-detail'}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {member.detail}
        </button>
      ) : null}
      {member.sharedTerms.length > 0 ? (
        <span className="member-terms">{member.sharedTerms.join(', ')}</span>
      ) : null}
      <span className="member-tools">
        <label className="visually-hidden" htmlFor={`${id}-move`}>
          {t('groups.moveLabel', { name: member.name })}
        </label>
        <select
          id={`${id}-move`}
          value={groupId ?? ''}
          onChange={(event) => event.target.value && onMove(member.id, event.target.value)}
        >
          {groupId ? null : <option value="">{t('board.chooseGroup')}</option>}
          {groups.map((target) => (
            <option key={target.id} value={target.id}>
              {formatGroupTitle({ number: target.number, name: target.name }, (number) =>
                t('groups.groupNumber', { number }),
              )}
            </option>
          ))}
        </select>
        {onToggleLock ? (
          <button
            type="button"
            className="secondary lock-button"
            aria-pressed={locked}
            onClick={() => onToggleLock(member.id)}
          >
            {locked ? t('groups.unlock') : t('groups.lock')}
            <span className="visually-hidden"> {member.name}</span>
          </button>
        ) : null}
      </span>
    </li>
  );
}
