import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './GroupDrawer.css';

export interface GroupDrawerMember {
  id: string;
  name: string;
  isYou: boolean;
}

interface GroupDrawerProps {
  /** e.g. "Your Mix group: group 2". */
  title: string;
  label: readonly string[];
  members: readonly GroupDrawerMember[];
}

/**
 * A person's group, pinned to the bottom of the screen and opened with one tap, so it stays reachable on
 * every step after it was published.
 */
export function GroupDrawer({ title, label, members }: GroupDrawerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <aside className="group-drawer" aria-labelledby={`${id}-title`} data-testid="my-group">
      <details>
        <summary>
          <span id={`${id}-title`} className="group-drawer-title">
            {title}
          </span>
          <span className="badge">{t('groups.size', { count: members.length })}</span>
        </summary>
        <div className="group-drawer-body">
          {label.length > 0 ? <p className="group-label">{label.join(', ')}</p> : null}
          <ul className="member-list">
            {members.map((member) => (
              <li key={member.id} className={member.isYou ? 'member member-you' : 'member'}>
                {member.name}
                {member.isYou ? ` (${t('groups.you')})` : null}
              </li>
            ))}
          </ul>
        </div>
      </details>
    </aside>
  );
}
