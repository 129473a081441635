import type { GroupingKind, SessionSnapshot } from '@peerloom/session-model';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';

/** The words a summary needs, already translated, so this stays a pure function. */
export interface SummaryWords {
  participants: string;
  question: (number: number) => string;
  noAnswers: string;
  groupsTitle: Record<GroupingKind, string>;
  groupName: (number: number) => string;
}

const line = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A Markdown record of the session (questions with every answer, published groups) to keep after it ends. */
export function buildSessionSummary(snapshot: SessionSnapshot, words: SummaryWords): string {
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name]));
  const out: string[] = [`# ${line(snapshot.title)}`, '', `${words.participants}: ${snapshot.roster.length}`];
  snapshot.questions.forEach((question, index) => {
    out.push('', `## ${words.question(index + 1)}: ${line(question.text)}`, '');
    const answers = snapshot.answers.filter((answer) => answer.questionId === question.id);
    if (answers.length === 0) out.push(words.noAnswers);
    for (const answer of answers) {
      const tags = answer.tags.length > 0 ? ` ${answer.tags.map((tag) => `#${tag}`).join(' ')}` : '';
      out.push(`- ${line(answer.text)}${tags} — ${line(answer.authorName)}`);
    }
  });
  for (const kind of ['diverse', 'thematic'] as const) {
    const published = snapshot.groupings[kind]?.published;
    if (!published || published.length === 0) continue;
    out.push('', `## ${words.groupsTitle[kind]}`, '');
    for (const group of published) {
      const title = formatGroupTitle(group, words.groupName);
      const label = group.label.length > 0 ? ` (${group.label.join(', ')})` : '';
      const members = group.members.map((member) => line(names.get(member) ?? '')).filter(Boolean);
      out.push(`- ${title}${label}: ${members.join(', ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
