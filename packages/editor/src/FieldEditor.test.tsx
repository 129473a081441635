import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import type { JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PASTE_LIMIT_CHARACTERS } from './pasteLimits.ts';
import { googleDocsHtml, webPageHtml, wordHtml } from './test/pasteFixtures.ts';
import { labels, paste, renderField, typeText } from './test/renderField.tsx';

afterEach(cleanup);

const field = () => new Y.Doc().getXmlFragment('field:notes');

/** The blocks of a document as `type[level]: text`, nested lists indented, marks ignored. */
function outline(node: JSONContent, depth = 0): string[] {
  const text = (inner: JSONContent): string =>
    inner.text ??
    (inner.content ?? [])
      .filter((child) => !/List$/.test(child.type ?? ''))
      .map(text)
      .join('');
  const lines: string[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'bulletList' || child.type === 'orderedList') {
      for (const item of child.content ?? []) {
        lines.push(`${'  '.repeat(depth)}${child.type === 'bulletList' ? '-' : '1.'} ${text(item)}`);
        for (const nested of item.content ?? []) {
          if (/List$/.test(nested.type ?? '')) lines.push(...outline({ content: [nested] }, depth + 1));
        }
      }
    } else if (child.type === 'heading') {
      lines.push(`${'#'.repeat(Number(child.attrs?.level))} ${text(child)}`);
    } else {
      lines.push(text(child));
    }
  }
  return lines.filter((line) => line.trim() !== '');
}

/** Every run of marked text as `mark(text)`, with a link's address. */
function marked(node: JSONContent): string[] {
  const found: string[] = [];
  for (const child of node.content ?? []) {
    for (const mark of child.marks ?? []) {
      found.push(
        mark.type === 'link' ? `link(${child.text} -> ${mark.attrs?.href})` : `${mark.type}(${child.text})`,
      );
    }
    found.push(...marked(child));
  }
  return found;
}

describe('FieldEditor', () => {
  it('shows the example greyed while the field is empty, and not once anyone writes', () => {
    const doc = new Y.Doc();
    const ana = renderField(doc.getXmlFragment('field:notes'));
    const example = screen.getByText('We learned that peers explain things well.');
    expect(example.hidden).toBe(false);
    expect(ana.text.getAttribute('aria-describedby')).toContain(example.id);

    act(() => typeText(ana.editor, 'A'));
    expect(example.hidden).toBe(true);
    expect(ana.text.getAttribute('aria-describedby')).not.toContain(example.id);

    act(() => {
      ana.editor.commands.clearContent();
    });
    expect(example.hidden).toBe(false);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    act(() => {
      other.getXmlFragment('field:notes').insert(0, [new Y.XmlElement('paragraph')]);
      const paragraph = other.getXmlFragment('field:notes').get(0) as Y.XmlElement;
      paragraph.insert(0, [new Y.XmlText('Written by Ben')]);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    });
    expect(ana.text.textContent).toContain('Written by Ben');
    expect(example.hidden).toBe(true);
  });

  it('names the text area after the field and describes it with the hint', () => {
    const ana = renderField(field());
    expect(ana.text.getAttribute('role')).toBe('textbox');
    expect(ana.text.getAttribute('aria-label')).toBe('What we learned');
    const hint = screen.getByText('Three sentences at most.');
    expect(ana.text.getAttribute('aria-describedby')).toContain(hint.id);
  });

  it('keeps the structure of a paste from Word and drops its styles, lists markers and images', () => {
    const fragment = field();
    const ana = renderField(fragment);
    act(() => {
      paste(ana.text, { text: 'Field notes\nWe met twice…', html: wordHtml });
    });
    const json = ana.editor.getJSON();
    expect(outline(json)).toEqual([
      '# Field notes',
      'We met twice and read three articles.',
      '## What we found',
      '- Peers explain well',
      '  - even on a phone',
      '- Time flies',
      '1. Read the case',
      '1. Discuss it',
      'See the report.',
    ]);
    expect(marked(json)).toEqual([
      'bold(twice)',
      'italic(three)',
      'link(the report -> https://example.org/report)',
    ]);
    const html = ana.editor.getHTML();
    expect(html).not.toMatch(/<img|style=|class="?Mso|mso-|Calibri|·/);
    expect(fragment.toString()).toContain('Peers explain well');
  });

  it('keeps the structure of a paste from Google Docs without making it all bold', () => {
    const ana = renderField(field());
    act(() => {
      paste(ana.text, { text: 'Plan for the class…', html: googleDocsHtml });
    });
    const json = ana.editor.getJSON();
    expect(outline(json)).toEqual([
      '# Plan for the class',
      'Start with a question everyone can answer, then the handout',
      '- Warm-up',
      '  - five minutes',
      '- Pairs',
      '1. Explain',
      '1. Practise',
    ]);
    expect(marked(json)).toEqual([
      'bold(question)',
      'italic( everyone can answer)',
      'link(the handout -> https://docs.example.com/d/abc)',
    ]);
    expect(ana.editor.getHTML()).not.toMatch(/<img|style=|docs-internal-guid/);
  });

  it('drops scripts, styles, handlers, images, forms and unsafe links from a web page', () => {
    const fragment = field();
    const ana = renderField(fragment);
    act(() => {
      paste(ana.text, { text: 'Why peers teach well…', html: webPageHtml });
    });
    const json = ana.editor.getJSON();
    expect(outline(json)).toEqual([
      '## Why peers teach well',
      'They remember being stuck, and they explain with simple words.',
      'Read the study or write to the team.',
      'a data link and a disguised one.',
      '1. First',
      '1. Second',
    ]);
    expect(marked(json)).toEqual([
      'bold(being stuck)',
      'italic(explain)',
      'link(the study -> https://example.org/peers)',
      'link(the team -> mailto:team@example.org)',
    ]);
    const stored = fragment.toString();
    for (const text of [ana.editor.getHTML(), stored, ana.text.innerHTML]) {
      expect(text).not.toMatch(
        /steal|alert|pwned|javascript:|data:|onclick|onerror|<img|<iframe|<script|<style|typed/i,
      );
    }
  });

  it('refuses a 5 MB paste with a message and keeps the field as it was', () => {
    const ana = renderField(field());
    act(() => typeText(ana.editor, 'Our draft so far.'));
    const before = ana.editor.getJSON();
    const huge = 'word '.repeat(1_000_000);
    let event: ClipboardEvent | undefined;
    act(() => {
      event = paste(ana.text, { text: huge, html: `<p>${huge}</p>` });
    });
    expect(event?.defaultPrevented).toBe(true);
    expect(ana.messages).toEqual([
      { kind: 'paste-too-large', characters: huge.length, limit: PASTE_LIMIT_CHARACTERS },
    ]);
    expect(screen.getByRole('status').textContent).toContain(labels.pasteTooLarge);
    expect(ana.editor.getJSON()).toEqual(before);

    act(() => {
      paste(ana.text, { text: ' And more.' });
    });
    expect(ana.text.textContent).toBe('Our draft so far. And more.');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('pastes text within the limit as plain text when its HTML is too large to parse', () => {
    const ana = renderField(field());
    const padding = `<span style="${'mso-x:1;'.repeat(300_000)}">`;
    act(() => {
      paste(ana.text, { text: 'Short words', html: `${padding}Short words</span>` });
    });
    expect(ana.messages).toEqual([]);
    expect(ana.text.textContent).toBe('Short words');
  });

  it('refuses a javascript: link from the link form and applies a web link', () => {
    const ana = renderField(field());
    act(() => {
      typeText(ana.editor, 'the study');
      ana.editor.commands.selectAll();
    });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByLabelText('Link address');
    fireEvent.change(address, { target: { value: 'javascript:alert(document.cookie)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(ana.messages).toEqual([{ kind: 'link-refused', href: 'javascript:alert(document.cookie)' }]);
    expect(screen.getByRole('status').textContent).toContain(labels.linkRefused);
    expect(ana.editor.getHTML()).not.toContain('<a');

    fireEvent.change(address, { target: { value: 'example.org/study' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(ana.editor.getHTML()).toContain('href="https://example.org/study"');
    expect(screen.queryByLabelText('Link address')).toBeNull();
  });

  it('never renders an unsafe link written into the document by another device', () => {
    const fragment = field();
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, 'click me', { link: { href: 'javascript:alert(1)' } });
    paragraph.insert(0, [text]);
    fragment.insert(0, [paragraph]);
    const ana = renderField(fragment);
    expect(ana.text.textContent).toContain('click me');
    expect(ana.text.innerHTML).not.toContain('javascript:');
  });

  it('has a toolbar whose buttons say whether their format is on, reachable with the arrow keys', () => {
    const ana = renderField(field());
    act(() => typeText(ana.editor, 'Bold words'));
    act(() => {
      ana.editor.commands.selectAll();
    });
    const bold = screen.getByRole('button', { name: 'Bold' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(ana.editor.getHTML()).toContain('<strong>Bold words</strong>');

    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const buttons = [...toolbar.querySelectorAll('button')];
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    act(() => buttons[0]?.focus());
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Italic' }));
    fireEvent.keyDown(toolbar, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Link' }));

    fireEvent.click(screen.getByRole('button', { name: 'Heading' }));
    expect(ana.text.querySelector('h3')?.textContent).toBe('Bold words');
    expect(screen.getByRole('button', { name: 'Heading' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('with afterPaint, the toolbar and the example follow the text once the frame is painted, not inside the keystroke', () => {
    const painted: (() => void)[] = [];
    const paint = () =>
      act(() => {
        for (const run of painted.splice(0)) run();
      });
    const ana = renderField(field(), { afterPaint: (run) => painted.push(run) });
    const example = ana.container.querySelector('.peerloom-field__example');
    expect(example?.hasAttribute('hidden')).toBe(false);
    act(() => typeText(ana.editor, 'Bold words'));
    expect(example?.hasAttribute('hidden')).toBe(false);
    expect(painted.length).toBeGreaterThan(0);
    paint();
    expect(example?.hasAttribute('hidden')).toBe(true);

    act(() => {
      ana.editor.chain().selectAll().toggleBold().run();
    });
    const bold = screen.getByRole('button', { name: 'Bold' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    paint();
    expect(bold.getAttribute('aria-pressed')).toBe('true');
  });
});
