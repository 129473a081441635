import type { SessionSnapshot, SessionStore } from '@peerloom/session-model';
import { TimerControls } from './TimerControls.tsx';

interface RoomTimerProps {
  /** "Room timer" (step 4), "Round timer" (step 5). */
  title: string;
  snapshot: SessionSnapshot;
  store: SessionStore;
  /** Server time now (ticking). */
  now: number;
  run: (command: () => void) => boolean;
}

/** The whole room's countdown under its heading, with the controls to start, extend, pause and stop it. */
export function RoomTimer({ title, snapshot, store, now, run }: RoomTimerProps) {
  return (
    <div className="room-timer">
      <h3>{title}</h3>
      <TimerControls
        scope="room"
        timer={snapshot.timers.room}
        now={now}
        store={store}
        run={run}
        label={title}
      />
    </div>
  );
}
