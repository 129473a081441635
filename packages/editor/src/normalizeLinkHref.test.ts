import { describe, expect, it } from 'vitest';
import { isSafeLinkHref, normalizeLinkHref } from './normalizeLinkHref.ts';

describe('normalizeLinkHref', () => {
  it('keeps web and e-mail links', () => {
    expect(normalizeLinkHref('https://example.org/page?q=1')).toBe('https://example.org/page?q=1');
    expect(normalizeLinkHref('  http://example.org ')).toBe('http://example.org/');
    expect(normalizeLinkHref('mailto:ana@example.org')).toBe('mailto:ana@example.org');
  });

  it('completes a bare address or e-mail address', () => {
    expect(normalizeLinkHref('example.org/learn')).toBe('https://example.org/learn');
    expect(normalizeLinkHref('ana@example.org')).toBe('mailto:ana@example.org');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'java\u200bscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '#top',
    '',
    'https://',
  ])('refuses %j', (href) => {
    expect(normalizeLinkHref(href)).toBeNull();
    expect(isSafeLinkHref(href)).toBe(false);
  });

  it('only accepts complete links from pasted content', () => {
    expect(isSafeLinkHref('https://example.org')).toBe(true);
    expect(isSafeLinkHref('example.org')).toBe(false);
  });
});
