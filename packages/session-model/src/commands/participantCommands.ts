import { parseAnswer } from '../records/parseAnswer.ts';
import { parseRosterEntry } from '../records/parseRosterEntry.ts';
import { CommandError } from '../schema/CommandError.ts';
import type { QuestionId } from '../schema/ids.ts';
import { answerKey, controlLayout, roomLayout } from '../schema/layout.ts';
import { LIMITS } from '../schema/limits.ts';
import { fitsProfileField } from '../schema/profileFields.ts';
import { readProfileFields } from '../schema/readProfileFields.ts';
import { type CommandContext, cleanText, requireParticipant, runCommand } from './CommandContext.ts';

export interface AnswerInput {
  text: string;
  tags?: readonly string[];
}

function cleanTags(tags: readonly string[] = []): string[] {
  const cleaned = [...new Set(tags.map((tag) => tag.trim().replace(/^#/, '')).filter((tag) => tag !== ''))];
  if (cleaned.length > LIMITS.tagsPerAnswer) throw new CommandError('too_many_tags');
  if (cleaned.some((tag) => [...tag].length > LIMITS.tagLength)) throw new CommandError('tag_too_long');
  return cleaned;
}

/** Commands a participant runs; each writes only under the participant's own id. */
export function createParticipantCommands(context: CommandContext) {
  return {
    joinRoster(name: string): void {
      const participantId = requireParticipant(context);
      const cleaned = cleanText(name, LIMITS.nameLength, 'name_empty', 'name_too_long');
      runCommand(context, context.room, 'joinRoster', () => {
        const roster = roomLayout.roster(context.room);
        const existing = parseRosterEntry(roster.get(participantId));
        if (existing?.name === cleaned) return;
        roster.set(participantId, {
          ...existing,
          name: cleaned,
          joinedAt: existing?.joinedAt || context.now(),
        });
      });
    },

    /** Publishes or edits this participant's answer to `questionId`. */
    submitAnswer(questionId: QuestionId, input: AnswerInput): void {
      const participantId = requireParticipant(context);
      const text = cleanText(input.text, LIMITS.answerLength, 'answer_empty', 'answer_too_long');
      const tags = cleanTags(input.tags);
      const question = controlLayout
        .questions(context.control)
        .toArray()
        .find((item) => item.get('id') === questionId);
      const history = question?.get('previousTexts');
      const questionVersion = (Array.isArray(history) ? history.length : 0) + 1;
      runCommand(context, context.room, 'submitAnswer', () => {
        const answers = roomLayout.answers(context.room);
        const key = answerKey(questionId, participantId);
        const now = context.now();
        answers.set(key, {
          text,
          tags,
          questionVersion,
          createdAt: parseAnswer(answers.get(key))?.createdAt || now,
          updatedAt: now,
        });
      });
    },

    /**
     * Fills in this participant's profile; each value must fit the facilitator's field: one of its options,
     * or a number within its bounds (`profile_out_of_range` otherwise).
     */
    setProfile(values: Readonly<Record<string, string | number>>): void {
      const participantId = requireParticipant(context);
      const fields = readProfileFields(context.control);
      const profile: Record<string, string | number> = {};
      for (const [key, value] of Object.entries(values)) {
        const field = fields.find((candidate) => candidate.id === key);
        if (!field) throw new CommandError('profile_invalid');
        if (!fitsProfileField(field, value)) {
          const outOfRange = field.kind === 'number' && typeof value === 'number' && Number.isFinite(value);
          throw new CommandError(outOfRange ? 'profile_out_of_range' : 'profile_invalid');
        }
        profile[key] = value;
      }
      runCommand(context, context.room, 'setProfile', () => {
        const roster = roomLayout.roster(context.room);
        const existing = parseRosterEntry(roster.get(participantId));
        if (!existing) throw new CommandError('not_found');
        roster.set(participantId, { ...existing, profile });
      });
    },

    withdrawAnswer(questionId: QuestionId): void {
      const participantId = requireParticipant(context);
      runCommand(context, context.room, 'withdrawAnswer', () => {
        roomLayout.answers(context.room).delete(answerKey(questionId, participantId));
      });
    },
  };
}
