import type { GroupingKind, SessionSnapshot } from '@peerloom/session-model';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { fitGroupGrid } from './fitGroupGrid.ts';
import { useElementSize } from './useElementSize.ts';

interface ProjectorGroupsProps {
  snapshot: SessionSnapshot;
  /** diverse during Mix, thematic during Match. */
  kind: GroupingKind;
}

function ProjectorGroupsPending({ snapshot, kind }: { snapshot: SessionSnapshot; kind: GroupingKind }) {
  const { t } = useTranslation();
  const filled = snapshot.roster.filter((entry) => Object.keys(entry.profile).length > 0).length;
  const askingProfiles = kind === 'diverse' && snapshot.profileFields.length > 0;
  return (
    <div className="projector-pending">
      <h1 className="projector-pending-title">
        {kind === 'diverse' ? t('projector.diversePending') : t('projector.thematicPending')}
      </h1>
      {askingProfiles ? (
        <>
          <p className="projector-lead">{t('projector.fillProfile')}</p>
          <p className="projector-progress" data-testid="projector-profiles">
            {t('projector.profilesFilled', { count: filled, total: snapshot.roster.length })}
          </p>
        </>
      ) : (
        <p className="projector-lead">{t('projector.groupsSoon')}</p>
      )}
    </div>
  );
}

/**
 * The published groups (name, label, members) in a grid sized to fit the screen without scrolling: large type for
 * a few groups, 60 groups of 5 still on one 1920x1080 screen.
 */
export function ProjectorGroups({ snapshot, kind }: ProjectorGroupsProps) {
  const { t } = useTranslation();
  const published = snapshot.groupings[kind]?.published ?? [];
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name]));
  const cards = published.map((group) => ({
    id: group.id,
    name: formatGroupTitle(group, (number) => t('groups.groupNumber', { number })),
    label: group.label.join(' · '),
    members: group.members.map((member) => ({
      id: member,
      name: names.get(member) || t('answers.anonymous'),
    })),
  }));
  if (cards.length === 0) return <ProjectorGroupsPending snapshot={snapshot} kind={kind} />;
  // The grid measures its room from its first render: groups published while the projector waited included.
  return <ProjectorGroupGrid cards={cards} kind={kind} />;
}

interface GroupCardView {
  id: string;
  name: string;
  label: string;
  members: { id: string; name: string }[];
}

function ProjectorGroupGrid({ cards, kind }: { cards: GroupCardView[]; kind: GroupingKind }) {
  const { t } = useTranslation();
  const gridRoom = useRef<HTMLDivElement>(null);
  const room = useElementSize(gridRoom);
  const layout = fitGroupGrid({
    groups: cards.length,
    maxMembers: Math.max(1, ...cards.map((card) => card.members.length)),
    labelled: cards.some((card) => card.label.length > 0),
    // The name is drawn at 1.15em in bold and the label at 0.85em: counted in member-line characters, so that
    // six labelled groups take two rows rather than cutting "Group 1" and its label short.
    longestLine: Math.max(
      0,
      ...cards.flatMap((card) => [
        Math.ceil(card.name.length * 1.3),
        Math.ceil(card.label.length * 0.85),
        ...card.members.map((member) => member.name.length),
      ]),
    ),
    width: room.width,
    height: room.height,
  });
  return (
    <section className="projector-groups" aria-labelledby="projector-groups-title">
      <h1 id="projector-groups-title" className="projector-groups-title">
        {kind === 'diverse' ? t('projector.diverseTitle') : t('projector.thematicTitle')}
        <span className="projector-groups-count">
          {' '}
          · {t('projector.groupCount', { count: cards.length })}
        </span>
      </h1>
      <div ref={gridRoom} className="projector-groups-room">
        <ol
          className={
            layout.overflows ? 'projector-groups-grid projector-groups-overflow' : 'projector-groups-grid'
          }
          data-testid="projector-groups"
          style={{
            gridTemplateColumns: `repeat(${layout.columns}, minmax(0, 1fr))`,
            gridTemplateRows: layout.overflows ? undefined : `repeat(${layout.rows}, minmax(0, 1fr))`,
            fontSize: `${layout.fontPx}px`,
          }}
        >
          {cards.map((card) => (
            <li key={card.id} className="projector-group" data-testid="projector-group">
              <h2 className="projector-group-name">{card.name}</h2>
              {card.label ? <p className="projector-group-label">{card.label}</p> : null}
              <ul className="projector-group-members">
                {card.members.map((member) => (
                  <li key={member.id}>{member.name}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
