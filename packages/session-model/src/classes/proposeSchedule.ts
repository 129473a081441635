import type { ParticipantId } from '../schema/ids.ts';

/** A group that will teach one mini class: its production becomes the class. */
export interface TeachingGroup {
  id: string;
  members: readonly ParticipantId[];
}

export interface ProposedClass {
  /** The teaching group; each group teaches exactly once, so it also names the class. */
  groupId: string;
  /** Seats for attendees (the teaching group's members are not counted). */
  capacity: number;
}

export interface ProposedRound {
  classes: ProposedClass[];
  /** People who attend a class this round: everyone whose group does not teach in it. */
  attendees: number;
}

export interface ScheduleOptions {
  /** Rounds wanted; at most one per group. Default: 3, or fewer with fewer groups. */
  rounds?: number;
  /** Everyone who may attend (the roster); default: every group member. Latecomers with no group attend every round. */
  everyone?: readonly ParticipantId[];
}

const DEFAULT_ROUNDS = 3;

/** Spare seats per class beyond an even split, so people keep a choice: a fifth more, at least one. */
const spareSeats = (evenSplit: number) => Math.max(1, Math.ceil(evenSplit / 5));

/**
 * A first schedule of mini classes (step 5), for the facilitator to adjust: every group teaches once; the groups
 * are spread over the rounds so that each round has about as many teachers (largest groups first, each to the
 * round with the fewest teachers so far); each class has room for an even share of that round's attendees plus
 * spare seats, so the classes of a round seat everyone not teaching in it. Deterministic: the same groups give
 * the same schedule on every device. Throws with fewer than two groups (nobody could attend a class).
 */
export function proposeSchedule(
  groups: readonly TeachingGroup[],
  options: ScheduleOptions = {},
): ProposedRound[] {
  if (groups.length < 2)
    throw new Error('Mini classes need at least two groups: one teaches while the other attends.');
  const roundCount = Math.max(2, Math.min(options.rounds ?? DEFAULT_ROUNDS, groups.length));
  const everyone = new Set<ParticipantId>(options.everyone ?? []);
  for (const group of groups) for (const member of group.members) everyone.add(member);

  const rounds = Array.from({ length: roundCount }, () => ({ groups: [] as TeachingGroup[], teachers: 0 }));
  const largestFirst = [...groups].sort(
    (a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const group of largestFirst) {
    let chosen = rounds[0];
    for (const round of rounds) {
      if (!chosen) break;
      const fewerTeachers = round.teachers < chosen.teachers;
      const fewerClasses = round.teachers === chosen.teachers && round.groups.length < chosen.groups.length;
      if (fewerTeachers || fewerClasses) chosen = round;
    }
    if (!chosen) break;
    chosen.groups.push(group);
    chosen.teachers += group.members.length;
  }

  return rounds.map(({ groups: teaching }) => {
    const teachers = new Set(teaching.flatMap((group) => group.members));
    let attendees = 0;
    for (const person of everyone) if (!teachers.has(person)) attendees++;
    const evenSplit = Math.ceil(attendees / teaching.length);
    const capacity = evenSplit + spareSeats(evenSplit);
    return { attendees, classes: teaching.map((group) => ({ groupId: group.id, capacity })) };
  });
}
