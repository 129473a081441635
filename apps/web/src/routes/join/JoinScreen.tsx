import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../../components/AppShell.tsx';
import { Notice } from '../../components/Notice.tsx';

const loadedAt = () =>
  (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name;

/**
 * A link inside the app to `/j/CODE` (e.g. "Join again") hands over to the join page, a small page of
 * its own (join.html, see joinPage.ts) that the relay serves at that address.
 */
export default function JoinScreen() {
  const { t } = useTranslation();
  const handsOver = loadedAt() !== location.href;
  useEffect(() => {
    if (handsOver) location.replace(location.href);
  }, [handsOver]);
  if (handsOver) return null;
  // This address was loaded and the app came back instead of the join page: the server is not set up for it.
  return (
    <AppShell>
      <Notice tone="error">{t('errors.generic')}</Notice>
    </AppShell>
  );
}
