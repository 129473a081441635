import { CommandError } from '../schema/CommandError.ts';
import { controlLayout, type StoredGroup, type StoredGrouping } from '../schema/layout.ts';
import { LIMITS } from '../schema/limits.ts';
import { isProfileField, type ProfileField } from '../schema/profileFields.ts';
import type { GroupingKind } from '../schema/types.ts';
import { type CommandContext, cleanText, requireFacilitator, runCommand } from './CommandContext.ts';
import { keepGroupIdentities } from './keepGroupIdentities.ts';
import { hasActiveProductions, type RegroupChoice, syncProductions } from './syncProductions.ts';

export interface GroupDraft {
  label: readonly string[];
  members: readonly string[];
  sharedTerms?: Readonly<Record<string, readonly string[]>>;
}

const copyGroups = (groups: readonly StoredGroup[]) =>
  groups.map((group) => ({ ...group, members: [...group.members], label: [...group.label] }));

/** The facilitator's commands for profile fields and groupings: draft, adjust by hand, publish. */
export function createGroupingCommands(context: CommandContext) {
  const groupings = () => controlLayout.groupings(context.control);
  const current = (kind: GroupingKind): StoredGrouping => {
    const grouping = groupings().get(kind);
    if (!grouping) throw new CommandError('not_found');
    return grouping;
  };
  const write = (kind: GroupingKind, grouping: StoredGrouping) =>
    groupings().set(kind, { ...grouping, updatedAt: context.now() });

  return {
    setProfileFields(fields: readonly ProfileField[]): void {
      requireFacilitator(context);
      if (!fields.every(isProfileField)) throw new CommandError('not_found');
      runCommand(context, context.control, 'setProfileFields', () => {
        controlLayout.session(context.control).set(
          'profileFields',
          fields.map((field) => ({ ...field })),
        );
      });
    },

    /**
     * Replaces the draft groups of `kind` (e.g. after "Match by answers"); locks are kept, and each new group
     * keeps the number, name and place of the previous group it shares most people with.
     */
    saveGrouping(kind: GroupingKind, questionId: string | null, groups: readonly GroupDraft[]): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'saveGrouping', () => {
        const previous = groupings().get(kind);
        write(kind, {
          questionId,
          groups: keepGroupIdentities(
            kind,
            Array.isArray(previous?.groups) ? previous.groups : [],
            groups.map((group) => ({
              label: [...group.label],
              members: [...group.members],
              sharedTerms: Object.fromEntries(
                Object.entries(group.sharedTerms ?? {}).map(([member, terms]) => [member, [...terms]]),
              ),
            })),
          ),
          locked: previous?.locked ?? [],
          published: previous?.published ?? null,
          publishedAt: previous?.publishedAt ?? null,
          updatedAt: context.now(),
        });
      });
    },

    /** Names a draft group and says where it meets (a table, a room); empty strings clear them. */
    setGroupDetails(kind: GroupingKind, groupId: string, details: { name: string; place: string }): void {
      requireFacilitator(context);
      const name = cleanText(details.name, LIMITS.nameLength, 'name_empty', 'name_too_long', true);
      const place = cleanText(details.place, LIMITS.nameLength, 'name_empty', 'name_too_long', true);
      runCommand(context, context.control, 'setGroupDetails', () => {
        const grouping = current(kind);
        if (!grouping.groups.some((group) => group.id === groupId)) throw new CommandError('not_found');
        const groups = copyGroups(grouping.groups).map((group) =>
          group.id === groupId ? { ...group, name, place } : group,
        );
        write(kind, { ...grouping, groups });
      });
    },

    moveMember(kind: GroupingKind, participantId: string, toGroupId: string): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'moveMember', () => {
        const grouping = current(kind);
        if (!grouping.groups.some((group) => group.id === toGroupId)) throw new CommandError('not_found');
        const groups = copyGroups(grouping.groups).map((group) => ({
          ...group,
          members: group.members.filter((member) => member !== participantId),
        }));
        groups.find((group) => group.id === toGroupId)?.members.push(participantId);
        write(kind, { ...grouping, groups });
      });
    },

    setLocked(kind: GroupingKind, participantId: string, locked: boolean): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'setLocked', () => {
        const grouping = current(kind);
        const others = grouping.locked.filter((member) => member !== participantId);
        write(kind, { ...grouping, locked: locked ? [...others, participantId] : others });
      });
    },

    /**
     * Shows the draft to participants. Once productions exist (step 4), they follow the new groups:
     * `keep` gives each group the production that has most of its members, `fresh` starts new ones; either
     * way no production is deleted and no word written is lost.
     */
    publishGrouping(kind: GroupingKind, productions: RegroupChoice = 'keep'): void {
      requireFacilitator(context);
      runCommand(context, context.control, 'publishGrouping', () => {
        const grouping = current(kind);
        write(kind, { ...grouping, published: copyGroups(grouping.groups), publishedAt: context.now() });
        if (hasActiveProductions(context)) syncProductions(context, productions);
      });
    },
  };
}
