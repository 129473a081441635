import type { Production, SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { useServerNow } from '../../../session/useServerNow.ts';
import { CountdownChip } from './CountdownChip.tsx';

const TICK_MS = 250;

/** The room's countdown and the group's own, when the facilitator started them; nothing otherwise. */
export function CreateTimers({
  snapshot,
  production,
}: {
  snapshot: SessionSnapshot;
  production: Production;
}) {
  const { t } = useTranslation();
  const room = snapshot.timers.room ?? null;
  const group = snapshot.timers[production.id] ?? null;
  const now = useServerNow(TICK_MS);
  if (!room && !group) return null;
  return (
    <div className="countdowns">
      {group ? (
        <CountdownChip timer={group} label={t('production.groupTimer')} now={now} testId="group-timer" />
      ) : null}
      {room ? (
        <CountdownChip timer={room} label={t('production.roomTimer')} now={now} testId="room-timer" />
      ) : null}
    </div>
  );
}
