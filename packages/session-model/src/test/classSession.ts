import { readClassesFor } from '../classes/readClassesFor.ts';
import type { SessionStore } from '../createSessionStore.ts';
import { openClassCommands } from '../openClassCommands.ts';
import { createTestSession } from './createTestSession.ts';

/** Answers that make three clear themes: bikes, gardens, music. */
const ANSWERS: Record<string, string> = {
  a1: 'Bikes lanes and cycling to work',
  a2: 'Cycling safely with bikes',
  a3: 'Bikes parking at stations',
  b1: 'Community gardens and vegetables',
  b2: 'Growing vegetables in gardens',
  b3: 'School gardens for children',
  c1: 'Music lessons and choirs',
  c2: 'Singing in choirs, playing music',
  c3: 'Music festivals downtown',
};

/** A session of nine people in three published groups with productions, a 2-round schedule not yet published. */
export function createClassSession() {
  const session = createTestSession();
  const { facilitator, participant, control, room } = session;
  let clock = 1_000;
  const now = () => clock++;
  const question = facilitator.commands.addQuestion('What would you change in town?');
  const people = new Map<string, SessionStore>();
  for (const [id, text] of Object.entries(ANSWERS)) {
    const store = participant(id, `Name ${id}`);
    store.commands.submitAnswer(question, { text });
    people.set(id, store);
  }
  facilitator.commands.saveGrouping('thematic', question, [
    { label: ['bikes'], members: ['a1', 'a2', 'a3'] },
    { label: ['gardens'], members: ['b1', 'b2', 'b3'] },
    { label: ['music'], members: ['c1', 'c2', 'c3'] },
  ]);
  facilitator.commands.publishGrouping('thematic');
  facilitator.commands.startProductions();
  const schedule = openClassCommands({ control, room, actor: facilitator.actor, now });
  const commandsOf = (id: string) => {
    const store = people.get(id);
    if (!store) throw new Error(`no ${id}`);
    return openClassCommands({ control, room, actor: store.actor, now });
  };
  const classes = () => readClassesFor({ control, room }, facilitator.getSnapshot());
  const productionOf = (id: string) =>
    facilitator
      .getSnapshot()
      .productions.find((production) => production.members.some((member) => member === id));
  const setClock = (value: number) => {
    clock = value;
  };
  /** A published 3-round schedule whose first class has one seat, and the people who may attend its round. */
  const oneSeatClass = () => {
    schedule.proposeClassSchedule({ rounds: 3, startsAt: 0, roundMinutes: 10 });
    schedule.publishSchedule();
    const round = classes().rounds[0];
    const target = round?.classes[0];
    if (!round || !target) throw new Error('no class');
    schedule.setClassDetails(target.id, { capacity: 1 });
    const teaching = new Set<string>(round.classes.flatMap((entry) => entry.teachers));
    return { round, target, attendees: Object.keys(ANSWERS).filter((id) => !teaching.has(id)) };
  };
  return { ...session, schedule, commandsOf, classes, productionOf, setClock, question, oneSeatClass };
}
