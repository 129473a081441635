import { describe, expect, it } from 'vitest';
import { selectOwnRounds } from '../classes/selectOwnRounds.ts';
import { asParticipantId } from '../schema/ids.ts';
import { createClassSession } from '../test/classSession.ts';
import { refusalOf } from '../test/createTestSession.ts';

describe('step 5 commands', () => {
  it('proposes a schedule where every group teaches once and each round seats everyone not teaching', () => {
    const session = createClassSession();
    session.schedule.proposeClassSchedule({ rounds: 3, startsAt: 60_000, roundMinutes: 15 });
    const { rounds, publishedAt } = session.classes();
    expect(publishedAt).toBeNull();
    expect(rounds.map((round) => [round.number, round.startsAt, round.endsAt])).toEqual([
      [1, 60_000, 960_000],
      [2, 960_000, 1_860_000],
      [3, 1_860_000, 2_760_000],
    ]);
    const taught = rounds.flatMap((round) => round.classes.map((entry) => entry.productionId)).sort();
    expect(taught).toEqual(
      session.facilitator
        .getSnapshot()
        .productions.map((production) => production.id)
        .sort(),
    );
    for (const round of rounds) {
      const teachers = round.classes.flatMap((entry) => entry.teachers);
      const seats = round.classes.reduce((sum, entry) => sum + entry.capacity, 0);
      expect(seats).toBeGreaterThanOrEqual(9 - teachers.length);
    }
    expect(
      refusalOf(() => session.commandsOf('a1').proposeClassSchedule({ startsAt: 0, roundMinutes: 5 })),
    ).toBe('not_allowed');
  });

  it('signs up, changes mind, cancels; refuses before publishing, while teaching, and a full class', () => {
    const session = createClassSession();
    session.schedule.proposeClassSchedule({ rounds: 3, startsAt: 0, roundMinutes: 10 });
    const [first] = session.classes().rounds;
    const target = first?.classes[0];
    if (!first || !target) throw new Error('no class');
    const teaching = new Set<string>(first.classes.flatMap((entry) => entry.teachers));
    const [ada, bo] = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'].filter((id) => !teaching.has(id));
    if (!ada || !bo) throw new Error('no attendees');
    expect(refusalOf(() => session.commandsOf(ada).signUp(target.id))).toBe('schedule_unpublished');
    session.schedule.publishSchedule();
    session.schedule.setClassDetails(target.id, { capacity: 1, place: 'Room 2', title: 'Safer cycling' });
    session.commandsOf(ada).signUp(target.id);
    const teacher = target.teachers[0] as string;
    expect(refusalOf(() => session.commandsOf(teacher).signUp(target.id))).toBe('class_teaching');
    expect(refusalOf(() => session.commandsOf(bo).signUp(target.id))).toBe('class_full');
    const seated = session.classes().rounds[0]?.classes[0];
    expect(seated).toMatchObject({ title: 'Safer cycling', place: 'Room 2', seatsLeft: 0 });
    expect(seated?.attendees).toEqual([ada]);

    session.commandsOf(ada).cancelSignUp(first.id);
    expect(session.classes().rounds[0]?.classes[0]?.attendees).toEqual([]);
    const own = selectOwnRounds(session.classes(), asParticipantId(ada));
    expect(own[0]?.seat).toBeNull();
    expect(own[0]?.choice?.classId).toBeNull();
  });

  it('the facilitator moves a person into a full class without unseating anyone, until they choose again', () => {
    const session = createClassSession();
    const { round, target, attendees } = session.oneSeatClass();
    const [first, second] = attendees;
    if (!first || !second) throw new Error('no attendees');
    session.commandsOf(first).signUp(target.id);
    session.schedule.moveParticipant(second, round.id, target.id);
    expect(session.classes().rounds[0]?.classes[0]?.attendees).toEqual([first, second]);
    expect(session.classes().lostSeats).toEqual([]);
    expect(
      refusalOf(() => session.schedule.moveParticipant(target.teachers[0] as string, round.id, target.id)),
    ).toBe('class_teaching');
    session.commandsOf(second).cancelSignUp(round.id);
    expect(session.classes().rounds[0]?.classes[0]?.attendees).toEqual([first]);
  });

  it('two people take the last seat: the earlier choice keeps it, the other is told and offered the open classes', () => {
    const session = createClassSession();
    session.schedule.proposeClassSchedule({ rounds: 2, startsAt: 0, roundMinutes: 10 });
    session.schedule.publishSchedule();
    const round = session.classes().rounds.find((candidate) => candidate.classes.length >= 1);
    const target = round?.classes.find((entry) => !entry.teachers.includes(asParticipantId('c3')));
    if (!round || !target) throw new Error('no class');
    session.schedule.setClassDetails(target.id, { capacity: 1 });
    const attendees = ['a1', 'b1', 'c1', 'a2', 'b2', 'c2'].filter(
      (id) => !round.classes.some((entry) => entry.teachers.includes(asParticipantId(id))),
    );
    const [early, late] = attendees;
    if (!early || !late) throw new Error('no attendees');
    // Both devices saw the seat free: the later one signed up on a stale view (written directly, as a peer would).
    session.setClock(5_000);
    session.room.getMap('signUps').set(`${late}/${round.id}`, { classId: target.id, at: 5_000 });
    session.room.getMap('signUps').set(`${early}/${round.id}`, { classId: target.id, at: 4_000 });
    expect(
      session
        .classes()
        .rounds.find((entry) => entry.id === round.id)
        ?.classes.find((entry) => entry.id === target.id)?.attendees,
    ).toEqual([early]);
    expect(session.classes().lostSeats).toEqual([
      { participantId: late, roundId: round.id, classId: target.id, reason: 'full' },
    ]);
    // A choice written by hand under another round's key is not a seat anywhere.
    const other = session.classes().rounds.find((candidate) => candidate.id !== round.id);
    if (!other) throw new Error('one round only');
    session.room.getMap('signUps').set(`${late}/${other.id}`, { classId: target.id, at: 1 });
    expect(session.classes().choices.filter((choice) => choice.participantId === late)).toHaveLength(1);
    const own = selectOwnRounds(session.classes(), asParticipantId(late)).find(
      (entry) => entry.round.id === round.id,
    );
    expect(own?.lost?.reason).toBe('full');
    expect(own?.open.map((entry) => entry.id)).not.toContain(target.id);
  });

  it('a person the facilitator removes gives their seat back; restored, they queue again in choice order', () => {
    const session = createClassSession();
    const { target, attendees } = session.oneSeatClass();
    const [first, second] = attendees;
    if (!first || !second) throw new Error('no attendees');
    session.commandsOf(first).signUp(target.id);
    session.facilitator.commands.removeParticipant(asParticipantId(first));
    session.commandsOf(second).signUp(target.id);
    expect(session.classes().rounds[0]?.classes[0]?.attendees).toEqual([second]);
    session.facilitator.commands.restoreParticipant(asParticipantId(first));
    expect(session.classes().rounds[0]?.classes[0]?.attendees).toEqual([first]);
    expect(session.classes().lostSeats.map((loss) => [loss.participantId, loss.reason])).toEqual([
      [second, 'full'],
    ]);
  });

  it('"choose for me" picks the class furthest from what the person wrote', () => {
    const session = createClassSession();
    session.schedule.proposeClassSchedule({ rounds: 2, startsAt: 0, roundMinutes: 10 });
    session.schedule.publishSchedule();
    // In every round where a bikes person attends, they are not sent to the bikes class (their own group's).
    for (const id of ['a1', 'b1', 'c1']) {
      for (const own of selectOwnRounds(session.classes(), asParticipantId(id))) {
        if (own.teaching || own.open.length === 0) continue;
        const chosen = session.commandsOf(id).chooseClassForMe(own.round.id);
        expect(own.open.map((entry) => entry.id)).toContain(chosen);
        expect(session.productionOf(id)?.id).not.toBe(
          own.round.classes.find((entry) => entry.id === chosen)?.productionId,
        );
      }
    }
  });
});
