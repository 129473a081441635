/** A link address the page may render as a link: web and e-mail only (anything else shows as plain text). */
export function safeHref(href: string | null): string | null {
  if (!href) return null;
  return /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim() : null;
}
