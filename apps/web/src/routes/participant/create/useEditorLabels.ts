import type { EditorLabels } from '@peerloom/editor';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The editor's toolbar and messages in the screen's language. */
export function useEditorLabels(): EditorLabels {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the language only.
  return useMemo(
    () => ({
      toolbar: t('editor.toolbar'),
      bold: t('editor.bold'),
      italic: t('editor.italic'),
      heading: t('editor.heading'),
      subheading: t('editor.subheading'),
      bulletList: t('editor.bulletList'),
      orderedList: t('editor.orderedList'),
      link: t('editor.link'),
      linkAddress: t('editor.linkAddress'),
      applyLink: t('editor.applyLink'),
      removeLink: t('editor.removeLink'),
      cancel: t('editor.cancel'),
      pasteTooLarge: t('editor.pasteTooLarge'),
      linkRefused: t('editor.linkRefused'),
      dismiss: t('editor.dismiss'),
    }),
    [i18n.language],
  );
}
