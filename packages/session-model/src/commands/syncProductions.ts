import { nanoid } from 'nanoid';
import { readSnapshot } from '../readSnapshot.ts';
import { creationLayout, type StoredProduction } from '../schema/creationLayout.ts';
import { controlLayout } from '../schema/layout.ts';
import type { Group, GroupingKind, SessionSnapshot } from '../schema/types.ts';
import { selectAnswersTo } from '../selectors.ts';
import { assignRoles } from './assignRoles.ts';
import type { CommandContext } from './CommandContext.ts';
import { pairProductions } from './pairProductions.ts';

/** What to do with existing productions when the groups change after writing started. */
export type RegroupChoice = 'keep' | 'fresh';

/** The published grouping productions follow: thematic groups when published, else the mixed ones. */
export function selectCreationGrouping(
  snapshot: SessionSnapshot,
): { kind: GroupingKind; questionId: string | null; groups: readonly Group[] } | null {
  for (const kind of ['thematic', 'diverse'] as const) {
    const grouping = snapshot.groupings[kind];
    if (grouping?.published && grouping.published.length > 0) {
      return { kind, questionId: grouping.questionId, groups: grouping.published };
    }
  }
  return null;
}

function buildSeed(
  snapshot: SessionSnapshot,
  questionId: string | null,
  group: Group,
): StoredProduction['seed'] {
  const question = questionId ?? snapshot.activeQuestionId;
  const members = new Set<string>(group.members);
  const quotes = selectAnswersTo(snapshot, question as SessionSnapshot['activeQuestionId'])
    .filter((answer) => members.has(answer.participantId))
    .map((answer) => ({ participantId: answer.participantId, name: answer.authorName, text: answer.text }));
  return { quotes, terms: [...group.label] };
}

/**
 * Inside a facilitator transaction: makes the active productions follow the published groups. With `keep`,
 * each group keeps the production that has most of its members and productions left without a group are
 * retired (kept, read-only); with `fresh`, every active production is retired and each group starts a new
 * one. Roles are kept while a group's members are unchanged, else assigned again, rotating. `groupMembers`
 * then maps each active production to its writers.
 */
export function syncProductions(context: CommandContext, choice: RegroupChoice): void {
  const snapshot = readSnapshot(context.control, context.room);
  const source = selectCreationGrouping(snapshot);
  if (!source) return;
  const productions = creationLayout.productions(context.control);
  const groupMembers = controlLayout.groupMembers(context.control);
  const history = creationLayout.roleHistory(context.control);
  const rolesHeld = new Map([...history.entries()]);
  const active = [...productions.entries()]
    .filter(([, stored]) => stored && typeof stored === 'object' && typeof stored.retiredAt !== 'number')
    .map(([id, stored]) => ({ id, stored, members: Array.isArray(stored.members) ? stored.members : [] }));
  const paired = choice === 'keep' ? pairProductions(active, source.groups) : new Map<number, string>();
  const startFromAnswers = creationLayout.creation(context.control).get('startFromAnswers') !== false;
  const kept = new Set(paired.values());

  for (const production of active) {
    if (kept.has(production.id)) continue;
    productions.set(production.id, { ...production.stored, retiredAt: context.now() });
    groupMembers.delete(production.id);
  }
  source.groups.forEach((group, index) => {
    const members: string[] = [...group.members];
    const existingId = paired.get(index);
    const existing = existingId ? productions.get(existingId) : undefined;
    const id = existingId ?? `p-${nanoid(10)}`;
    const unchanged =
      existing &&
      existing.members.length === members.length &&
      existing.members.every((member) => members.includes(member));
    const roles = unchanged ? existing.roles : assignRoles(id, members, rolesHeld);
    if (!unchanged) {
      for (const holder of new Set(Object.values(roles))) {
        if (!holder) continue;
        rolesHeld.set(holder, (rolesHeld.get(holder) ?? 0) + 1);
        history.set(holder, rolesHeld.get(holder) ?? 1);
      }
    }
    const formerMembers = existing
      ? [...new Set([...existing.formerMembers, ...existing.members])].filter(
          (member) => !members.includes(member),
        )
      : [];
    productions.set(id, {
      number: group.number,
      name: group.name,
      place: group.place,
      label: [...group.label],
      groupingKind: source.kind,
      groupId: group.id,
      members,
      formerMembers,
      roles,
      seed: existing
        ? existing.seed
        : startFromAnswers
          ? buildSeed(snapshot, source.questionId, group)
          : null,
      createdAt: existing?.createdAt ?? context.now(),
    });
    groupMembers.set(id, members);
  });
}

/** Whether any production is still being written (not retired). */
export const hasActiveProductions = (context: CommandContext) =>
  [...creationLayout.productions(context.control).values()].some(
    (stored) => stored && typeof stored === 'object' && typeof stored.retiredAt !== 'number',
  );
