import type * as Y from 'yjs';
import { asParticipantId } from './ids.ts';
import { controlLayout, type StoredGroup } from './layout.ts';
import type { Group, Grouping, GroupingKind } from './types.ts';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function readGroups(value: unknown): Group[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (group): group is StoredGroup => !!group && typeof group === 'object' && typeof group.id === 'string',
    )
    .map((group, index) =>
      Object.freeze({
        id: group.id,
        number:
          Number.isInteger(group.number) && (group.number ?? 0) > 0 ? (group.number as number) : index + 1,
        name: typeof group.name === 'string' ? group.name : '',
        place: typeof group.place === 'string' ? group.place : '',
        label: Object.freeze(strings(group.label)),
        members: Object.freeze(strings(group.members).map(asParticipantId)),
        sharedTerms: Object.freeze(
          Object.fromEntries(
            Object.entries(
              group.sharedTerms && typeof group.sharedTerms === 'object' ? group.sharedTerms : {},
            ).map(([member, terms]) => [member, Object.freeze(strings(terms))]),
          ),
        ),
      }),
    );
}

export function readGrouping(control: Y.Doc, kind: GroupingKind): Grouping | null {
  const stored = controlLayout.groupings(control).get(kind);
  if (!stored || typeof stored !== 'object') return null;
  return Object.freeze({
    kind,
    questionId: typeof stored.questionId === 'string' ? stored.questionId : null,
    groups: Object.freeze(readGroups(stored.groups)),
    locked: Object.freeze(strings(stored.locked).map(asParticipantId)),
    published: stored.published ? Object.freeze(readGroups(stored.published)) : null,
    publishedAt: typeof stored.publishedAt === 'number' ? stored.publishedAt : null,
  });
}
