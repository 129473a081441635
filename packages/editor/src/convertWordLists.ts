const WORD_LIST_STYLE = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const WORD_LIST_MARKER = /mso-list:\s*ignore/i;
const ORDERED_MARKER = /^[([]?(\d+|[a-z]|[ivxlcdm]+)[.)\]]$/i;

interface WordListItem {
  paragraph: HTMLElement;
  list: string;
  level: number;
  ordered: boolean;
}

interface OpenList {
  element: HTMLElement;
  list: string;
  level: number;
  ordered: boolean;
}

function readWordListItem(element: Element): WordListItem | null {
  if (element.tagName !== 'P') return null;
  const match = WORD_LIST_STYLE.exec(element.getAttribute('style') ?? '');
  if (!match) return null;
  const marker = [...element.querySelectorAll('span')].find((span) =>
    WORD_LIST_MARKER.test(span.getAttribute('style') ?? ''),
  );
  const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  marker?.remove();
  return {
    paragraph: element as HTMLElement,
    list: match[1] ?? '',
    level: Number(match[2]),
    ordered: ORDERED_MARKER.test(markerText),
  };
}

/**
 * Word writes a list as paragraphs styled `mso-list:l0 level2 lfo1`, each with its bullet or number
 * as text: rebuilds them as nested `<ul>`/`<ol>` so that the paste keeps them as lists.
 */
export function convertWordLists(root: ParentNode): void {
  const parents = new Set<ParentNode>();
  for (const paragraph of root.querySelectorAll('p')) {
    if (paragraph.parentNode && WORD_LIST_STYLE.test(paragraph.getAttribute('style') ?? ''))
      parents.add(paragraph.parentNode);
  }
  for (const parent of parents) {
    let open: OpenList[] = [];
    for (const child of [...parent.childNodes]) {
      if (child.nodeType === 3 && (child.textContent ?? '').trim() === '') continue;
      if (child.nodeType === 8) continue;
      const item = child.nodeType === 1 ? readWordListItem(child as Element) : null;
      if (!item) {
        open = [];
        continue;
      }
      const document = item.paragraph.ownerDocument;
      while (open.length > 0) {
        const top = open[open.length - 1] as OpenList;
        const sameList = top.list === item.list && top.ordered === item.ordered;
        if (top.level > item.level || (top.level === item.level && !sameList)) open.pop();
        else break;
      }
      const top = open[open.length - 1];
      let target: HTMLElement;
      if (top && top.level === item.level) {
        target = top.element;
      } else {
        target = document.createElement(item.ordered ? 'ol' : 'ul');
        const host = top?.element.lastElementChild;
        if (host) host.append(target);
        else parent.insertBefore(target, item.paragraph);
        open.push({ element: target, list: item.list, level: item.level, ordered: item.ordered });
      }
      const entry = document.createElement('li');
      const content = document.createElement('p');
      content.append(...item.paragraph.childNodes);
      entry.append(content);
      target.append(entry);
      item.paragraph.remove();
    }
  }
}
