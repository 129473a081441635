type Attribute = string | number | boolean | null | undefined;
type Listener = (event: Event) => void;
export type Child = Node | string | null | false | undefined;

/**
 * Builds a DOM element for the join page, which renders without React to show its form at once.
 * `on*` entries are listeners; others are attributes (`true` sets an empty one, null/false/undefined none).
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, Attribute | Listener>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}
