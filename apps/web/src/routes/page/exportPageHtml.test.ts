import { describe, expect, it } from 'vitest';
import { exportPageHtml } from './exportPageHtml.tsx';
import type { PageModel } from './PageModel.ts';

const model: PageModel = {
  title: 'Meetings <script>alert(1)</script>',
  createdAt: Date.UTC(2026, 11, 2),
  language: 'en',
  questions: ['What would help?'],
  productions: [
    {
      id: 'one',
      title: 'Group 1',
      label: '',
      members: [{ name: 'Ana <b>', role: null }],
      fields: [
        {
          key: 'problem',
          title: 'Problem',
          removed: false,
          blocks: [
            {
              kind: 'paragraph',
              runs: [
                {
                  kind: 'text',
                  text: '<img src=x onerror=alert(1)>',
                  bold: false,
                  italic: false,
                  href: null,
                },
                { kind: 'text', text: 'click', bold: false, italic: false, href: 'javascript:alert(1)' },
                { kind: 'text', text: 'docs', bold: false, italic: true, href: 'https://example.org/' },
              ],
            },
          ],
        },
      ],
      contributions: [{ key: 'n0', name: 'Ana <b>', words: 3 }],
      hidden: false,
    },
  ],
};

describe('exportPageHtml', () => {
  it('is one self-contained file: a style element, no script, nothing loaded, participants’ text escaped', () => {
    const html = exportPageHtml(model, { documentTitle: 'Meetings', note: 'Exported' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b|<img\b|\ssrc="|@import/i);
    expect(html).toContain("default-src 'none'");
    // (Vitest leaves CSS out; the e2e export test checks the inlined styles apply from file://.)
    expect(html).toMatch(/<style>[^<]*<\/style>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain(
      '<a href="https://example.org/" rel="noopener noreferrer nofollow"><em>docs</em></a>',
    );
  });
});
