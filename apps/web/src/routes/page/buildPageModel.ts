import {
  FROM_ANSWERS_FIELD_ID,
  type PageProduction,
  type PageState,
  type ProductionPage,
  ROLE_NAMES,
  type RoleName,
  type SessionSnapshot,
} from '@peerloom/session-model';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import type { PageContribution, PageField, PageModel, PageProductionModel } from './PageModel.ts';

export interface PageLabels {
  groupNumber: (number: number) => string;
  role: (role: RoleName) => string;
  fromAnswers: string;
  anonymous: string;
  otherMembers: (count: number) => string;
}

const none: ProductionPage = Object.freeze({
  fields: Object.freeze({}),
  words: Object.freeze({ byParticipant: Object.freeze({}), unattributed: 0 }),
});

function contributionsOf(
  entry: PageProduction,
  page: ProductionPage,
  nameOf: (participantId: string) => string,
  optedOut: ReadonlySet<string>,
  labels: PageLabels,
): PageContribution[] {
  const { members, formerMembers } = entry.production;
  const people = new Set<string>([...members, ...formerMembers, ...Object.keys(page.words.byParticipant)]);
  const named: PageContribution[] = [];
  let othersWords = 0;
  let others = 0;
  for (const participantId of people) {
    const words = page.words.byParticipant[participantId] ?? 0;
    const isMember = (members as readonly string[]).includes(participantId);
    if (words === 0 && !isMember) continue;
    if (optedOut.has(participantId)) {
      othersWords += words;
      others += 1;
    } else {
      named.push({ key: `n${named.length}`, name: nameOf(participantId), words });
    }
  }
  named.sort((left, right) => right.words - left.words || left.name.localeCompare(right.name));
  if (others > 0) named.push({ key: 'others', name: labels.otherMembers(others), words: othersWords });
  return named;
}

function fieldsOf(snapshot: SessionSnapshot, page: ProductionPage, labels: PageLabels): PageField[] {
  const fields: PageField[] = [];
  const fromAnswers = page.fields[FROM_ANSWERS_FIELD_ID];
  if (fromAnswers) {
    fields.push({
      key: FROM_ANSWERS_FIELD_ID,
      title: labels.fromAnswers,
      blocks: fromAnswers,
      removed: false,
    });
  }
  for (const field of snapshot.template) {
    if (field.removedAt === null) {
      fields.push({ key: field.id, title: field.title, blocks: page.fields[field.id] ?? [], removed: false });
    }
  }
  for (const field of snapshot.template) {
    const blocks = page.fields[field.id];
    if (field.removedAt !== null && blocks)
      fields.push({ key: field.id, title: field.title, blocks, removed: true });
  }
  return fields;
}

/** The page's content from the session snapshot and each production's group document, in the page's order. */
export function buildPageModel(
  snapshot: SessionSnapshot,
  state: PageState,
  entries: readonly PageProduction[],
  pageOf: (productionId: string) => ProductionPage | null,
  labels: PageLabels,
): PageModel {
  const names = new Map<string, string>(
    [...snapshot.removed, ...snapshot.roster].map((entry) => [entry.participantId, entry.name]),
  );
  const nameOf = (participantId: string) => names.get(participantId) || labels.anonymous;
  const optedOut = new Set<string>(state.contributionOptOut);
  const productions = entries.map((entry): PageProductionModel => {
    const { production } = entry;
    const page = pageOf(production.id) ?? none;
    const roleOf = (participantId: string) =>
      ROLE_NAMES.find((role) => production.roles[role] === participantId) ?? null;
    return {
      id: production.id,
      title: formatGroupTitle(production, labels.groupNumber),
      label: production.label.join(', '),
      members: production.members.map((participantId) => {
        const role = roleOf(participantId);
        return { name: nameOf(participantId), role: role ? labels.role(role) : null };
      }),
      fields: fieldsOf(snapshot, page, labels),
      contributions: contributionsOf(entry, page, nameOf, optedOut, labels),
      hidden: entry.hidden,
    };
  });
  return {
    title: snapshot.title,
    createdAt: state.createdAt,
    language: snapshot.language,
    questions: snapshot.questions.map((question) => question.text),
    productions,
  };
}
