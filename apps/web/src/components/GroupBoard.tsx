import { type Announcements, DndContext, type DragEndEvent, DragOverlay } from '@dnd-kit/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './GroupBoard.css';
import { boardCollisions, useBoardSensors } from './boardSensors.ts';
import { formatGroupTitle } from './formatGroupTitle.ts';
import { GroupCard } from './GroupCard.tsx';
import { LongList } from './LongList.tsx';
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

const VIRTUAL_GROUPS_FROM = 16;

/**
 * Groups side by side; people move by drag and drop (mouse, pen, touch, or the keyboard on a person's handle,
 * each step announced to screen readers) or with each person's "move to" list.
 */
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
  const sensors = useBoardSensors();
  const [dragged, setDragged] = useState<string | null>(null);
  const people = new Map(
    [...unplaced, ...groups.flatMap((group) => group.members)].map((member) => [member.id, member.name]),
  );
  const titles = new Map(
    groups.map((group) => [
      group.id,
      formatGroupTitle({ number: group.number, name: group.name }, (number) =>
        t('groups.groupNumber', { number }),
      ),
    ]),
  );
  const nameOf = (memberId: string | number) => people.get(String(memberId)) ?? String(memberId);
  const titleOf = (groupId: string | number) => titles.get(String(groupId)) ?? String(groupId);
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.dragStart', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('board.dragOver', { name: nameOf(active.id), group: titleOf(over.id) })
        : t('board.dragOutside', { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('board.dragEnd', { name: nameOf(active.id), group: titleOf(over.id) })
        : t('board.dragCancel', { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t('board.dragCancel', { name: nameOf(active.id) }),
  };
  const end = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const from = groups.find((group) => group.members.some((member) => member.id === active.id));
    if (over && over.id !== from?.id) onMove(String(active.id), String(over.id));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.dragInstructions') } }}
      onDragStart={({ active }) => setDragged(String(active.id))}
      onDragEnd={end}
      onDragCancel={() => setDragged(null)}
    >
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
      <LongList
        items={groups}
        getKey={(group) => group.id}
        ordered
        ariaLabel={t('groups.board')}
        className="group-board"
        // A card holds 3 to 6 people, each with a "move to" list of every group: 60 groups render only those in view.
        virtualFrom={VIRTUAL_GROUPS_FROM}
        estimatedHeight={360}
        minColumnWidth={240}
        renderRow={(group, row) => (
          <GroupCard
            key={group.id}
            group={group}
            groups={groups}
            locked={locked}
            bounds={bounds}
            onMove={onMove}
            onToggleLock={onToggleLock}
            onRename={onRename}
            {...row}
          />
        )}
      />
      <DragOverlay dropAnimation={null}>
        {dragged ? <div className="member member-overlay">{nameOf(dragged)}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
