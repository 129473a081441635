import type * as Y from 'yjs';
import { CommandError, type CommandErrorCode } from '../schema/CommandError.ts';
import type { ParticipantId } from '../schema/ids.ts';
import type { Actor, CommandOrigin } from '../schema/types.ts';

export interface CommandContext {
  readonly control: Y.Doc;
  readonly room: Y.Doc;
  readonly actor: Actor;
  readonly now: () => number;
}

/** The context of commands opened apart from a store, on the documents and clock the store was given. */
export const toCommandContext = (options: {
  control: Y.Doc;
  room: Y.Doc;
  actor: Actor;
  now?: () => number;
}): CommandContext => ({
  control: options.control,
  room: options.room,
  actor: options.actor,
  now: options.now ?? Date.now,
});

/** Runs `change` as one transaction on `doc` with a typed origin naming the command and its actor. */
export function runCommand<T>(context: CommandContext, doc: Y.Doc, command: string, change: () => T): T {
  const origin: CommandOrigin = { source: 'command', command, actor: context.actor };
  let result: T | undefined;
  doc.transact(() => {
    result = change();
  }, origin);
  return result as T;
}

export function requireFacilitator(context: CommandContext): void {
  if (context.actor.role !== 'facilitator') throw new CommandError('not_allowed');
}

export function requireParticipant(context: CommandContext): ParticipantId {
  if (context.actor.role !== 'participant') throw new CommandError('not_allowed');
  return context.actor.participantId;
}

/** Trims `value` and enforces 1..max characters (counted in code points, so emoji count once). */
export function cleanText(
  value: string,
  max: number,
  emptyCode: CommandErrorCode,
  longCode: CommandErrorCode,
  allowEmpty = false,
): string {
  const cleaned = value.trim();
  if (!allowEmpty && cleaned.length === 0) throw new CommandError(emptyCode);
  if ([...cleaned].length > max) throw new CommandError(longCode);
  return cleaned;
}
