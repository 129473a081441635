import { chooseDistantClass, type TermsOf } from '../classes/chooseDistantClass.ts';
import { readClasses } from '../classes/readClasses.ts';
import { selectOwnRounds } from '../classes/selectOwnRounds.ts';
import { readSnapshot } from '../readSnapshot.ts';
import { CommandError } from '../schema/CommandError.ts';
import { classesLayout, signUpKey } from '../schema/classesLayout.ts';
import { type CommandContext, requireParticipant, runCommand } from './CommandContext.ts';

/**
 * A participant's commands of step 5, written under their own key (`PARTICIPANT_ID/ROUND_ID`) in `room`. A
 * sign-up is optimistic: another device may take the last seat at the same moment; `readClasses` then decides
 * the same way everywhere and the person who lost the seat is told on their device.
 */
export function createSignUpCommands(context: CommandContext) {
  const read = () => {
    const snapshot = readSnapshot(context.control, context.room);
    const removed = new Set<string>(snapshot.removed.map((entry) => entry.participantId));
    const productions = snapshot.productions.filter((production) => !production.retired);
    return { snapshot, classes: readClasses(context.control, context.room, productions, removed) };
  };
  const write = (command: string, roundId: string, classId: string | null) => {
    const participantId = requireParticipant(context);
    runCommand(context, context.room, command, () => {
      classesLayout
        .signUps(context.room)
        .set(signUpKey(participantId, roundId), { classId, at: context.now() });
    });
  };
  const ownRound = (roundId: string) => {
    const participantId = requireParticipant(context);
    const state = read();
    if (state.classes.publishedAt === null) throw new CommandError('schedule_unpublished');
    const own = selectOwnRounds(state.classes, participantId).find((entry) => entry.round.id === roundId);
    if (!own) throw new CommandError('not_found');
    if (own.teaching) throw new CommandError('class_teaching');
    return { ...state, own, participantId };
  };

  return {
    /** Signs up for a class, replacing this person's earlier choice in its round. Refused when it is full here. */
    signUp(classId: string): void {
      requireParticipant(context);
      const { classes } = read();
      const round = classes.rounds.find((candidate) =>
        candidate.classes.some((entry) => entry.id === classId),
      );
      if (!round) throw new CommandError('not_found');
      const { own } = ownRound(round.id);
      if (own.seat?.id === classId) return;
      if (!own.open.some((entry) => entry.id === classId)) throw new CommandError('class_full');
      write('signUp', round.id, classId);
    },

    /** Leaves this round's class (and any place the facilitator gave): no class this round. */
    cancelSignUp(roundId: string): void {
      ownRound(roundId);
      write('cancelSignUp', roundId, null);
    },

    /**
     * "Let the app choose for me": the open class of the round whose production is most distant from what this
     * person wrote (`chooseDistantClass`, comparing the texts' `terms`). Returns the class chosen; refused with
     * `class_full` when none is open.
     */
    chooseClassForMe(roundId: string, terms?: TermsOf): string {
      const { snapshot, own, participantId } = ownRound(roundId);
      const textOf = (id: string) =>
        snapshot.answers
          .filter((answer) => answer.participantId === id && !answer.hidden)
          .map((answer) => `${answer.text} ${answer.tags.join(' ')}`)
          .join(' ');
      const productions = new Map(snapshot.productions.map((production) => [production.id, production]));
      const chosen = chooseDistantClass(
        own.open,
        textOf(participantId),
        (entry) => {
          const production = productions.get(entry.productionId);
          const seed = production?.seed?.terms ?? [];
          return [entry.title, ...(production?.label ?? []), ...seed, ...entry.teachers.map(textOf)].join(
            ' ',
          );
        },
        terms,
      );
      if (!chosen) throw new CommandError('class_full');
      write('chooseClassForMe', roundId, chosen.id);
      return chosen.id;
    },
  };
}
