import { renderToStaticMarkup } from 'react-dom/server';
import tokensCss from '../../styles/tokens.css?inline';
import { PageDocument } from './PageDocument.tsx';
import type { PageModel } from './PageModel.ts';
import pageCss from './page.css?inline';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page as one self-contained HTML file: the same React rendering as on screen, its styles inlined, no
 * script and no request to any server, so it opens from a disk years later. Loaded only when asked for.
 */
export function exportPageHtml(model: PageModel, options: { documentTitle: string; note: string }): string {
  const body = renderToStaticMarkup(<PageDocument model={model} note={options.note} />);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(model.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from anywhere: the file is read on its own, offline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(options.documentTitle)}</title>`,
    `<style>${tokensCss}\n${pageCss}</style>`,
    '</head>',
    '<body class="page-export">',
    `<main>${body}</main>`,
    '</body>',
    '</html>',
  ].join('\n');
}
