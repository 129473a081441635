import type { FieldBlock, TextRun } from '@peerloom/session-model';
import type { PageModel } from './PageModel.ts';
import { safeHref } from './safeHref.ts';

export interface MarkdownLabels {
  createdOn: (date: string) => string;
  question: string;
  members: string;
  removedField: string;
  contributions: string;
  contributionLine: (name: string, words: number) => string;
}

/** Escapes what Markdown would read as formatting, so a participant's text stays text. */
const escapeText = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

function runsToMarkdown(runs: readonly TextRun[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'break') return '  \n';
      const leading = /^\s*/.exec(run.text)?.[0] ?? '';
      const trailing = /\s*$/.exec(run.text)?.[0] ?? '';
      const core = run.text.trim();
      if (core === '') return run.text;
      let text = escapeText(core);
      if (run.italic) text = `*${text}*`;
      if (run.bold) text = `**${text}**`;
      const href = safeHref(run.href);
      if (href) text = `[${text}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`;
      return `${leading}${text}${trailing}`;
    })
    .join('');
}

function blocksToMarkdown(blocks: readonly FieldBlock[], indent = ''): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      lines.push(`${indent}${block.level === 1 ? '####' : '#####'} ${runsToMarkdown(block.runs)}`, '');
    } else if (block.kind === 'paragraph') {
      lines.push(`${indent}${runsToMarkdown(block.runs).replace(/\n/g, `\n${indent}`)}`, '');
    } else if (block.kind === 'quote') {
      for (const line of blocksToMarkdown(block.blocks)) lines.push(`${indent}>${line ? ` ${line}` : ''}`);
      lines.push('');
    } else {
      block.items.forEach((item, index) => {
        const marker = block.ordered ? `${index + 1}. ` : '- ';
        const inner = blocksToMarkdown(item.blocks, ' '.repeat(marker.length)).filter(
          (line) => line.trim() !== '',
        );
        const [first = '', ...rest] = inner;
        lines.push(`${indent}${marker}${first.trimStart()}`, ...rest.map((line) => `${indent}${line}`));
      });
      lines.push('');
    }
  }
  return lines;
}

/** The page as one Markdown file: the session first, then a heading per production with its fields. */
export function buildPageMarkdown(
  model: PageModel,
  labels: MarkdownLabels,
  formatDate: (time: number) => string,
): string {
  const lines: string[] = [`# ${escapeText(model.title)}`, ''];
  if (model.createdAt !== null) lines.push(labels.createdOn(formatDate(model.createdAt)), '');
  for (const question of model.questions) lines.push(`**${labels.question}:** ${escapeText(question)}`, '');
  for (const production of model.productions) {
    lines.push(`## ${escapeText(production.title)}`, '');
    if (production.label) lines.push(`*${escapeText(production.label)}*`, '');
    if (production.members.length > 0) {
      const members = production.members.map((member) =>
        escapeText(member.role ? `${member.name} (${member.role})` : member.name),
      );
      lines.push(`**${labels.members}:** ${members.join(', ')}`, '');
    }
    for (const field of production.fields) {
      if (field.blocks.length === 0) continue;
      lines.push(`### ${escapeText(field.title)}${field.removed ? ` (${labels.removedField})` : ''}`, '');
      lines.push(...blocksToMarkdown(field.blocks));
    }
    const written = production.contributions.filter((contribution) => contribution.words > 0);
    if (written.length > 0) {
      lines.push(
        `**${labels.contributions}:** ${written.map((contribution) => escapeText(labels.contributionLine(contribution.name, contribution.words))).join('; ')}`,
        '',
      );
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
