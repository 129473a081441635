import type { TemplateFieldInput } from '@peerloom/session-model';
import { useCallback, useEffect, useState } from 'react';
import {
  deleteSavedTemplate,
  listSavedTemplates,
  type SavedTemplate,
  saveTemplate,
} from './savedTemplates.ts';

/** The templates kept on this device, with save and forget; the list reloads after each change. */
export function useSavedTemplates() {
  const [saved, setSaved] = useState<readonly SavedTemplate[]>([]);
  const reload = useCallback(() => {
    listSavedTemplates()
      .then(setSaved)
      .catch(() => setSaved([]));
  }, []);
  useEffect(reload, [reload]);
  return {
    saved,
    save: async (name: string, fields: readonly TemplateFieldInput[]) => {
      await saveTemplate(name, fields);
      reload();
    },
    forget: async (id: string) => {
      await deleteSavedTemplate(id);
      reload();
    },
  };
}
