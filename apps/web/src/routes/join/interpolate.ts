/** Fills `{{name}}` slots the way the app's catalog (i18next) does, for the join page that loads no i18next. */
export function interpolate(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (slot, key: string) =>
    key in values ? String(values[key]) : slot,
  );
}
