import { convertWordLists } from './convertWordLists.ts';

// Never part of a field, and some would run or load something if handled carelessly later.
const DROPPED =
  'script, style, link, meta, title, template, iframe, object, embed, img, picture, svg, video, audio, canvas, form, input, button, select, textarea';

/**
 * Turns HTML pasted from a word processor or a web page into HTML the field's schema reads well:
 * Word's list paragraphs become real lists, Google Docs' lists nested outside their item are put back
 * inside it, and scripts, styles, images, embedded objects, form controls, comments and every event
 * handler attribute are removed. The schema then keeps headings, lists, bold, italic and safe links
 * only. Parsed into a template's inert content: nothing runs and nothing loads.
 */
export function cleanPastedHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const body = template.content;
  for (const element of body.querySelectorAll(DROPPED)) element.remove();
  const comments = document.createTreeWalker(body, 128);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.parentNode?.removeChild(comment);
  for (const element of body.querySelectorAll('*')) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.toLowerCase().startsWith('on')) element.removeAttribute(attribute.name);
    }
  }
  convertWordLists(body);
  for (const nested of body.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol')) {
    const previous = nested.previousElementSibling;
    if (previous?.tagName === 'LI') previous.append(nested);
  }
  const container = document.createElement('div');
  container.append(body);
  return container.innerHTML;
}
