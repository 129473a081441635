import { createParticipantStore, createSessionStore } from '@peerloom/session-model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../../components/AppShell.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Link } from '../../router/Link.tsx';
import { useParams } from '../../router/Router.tsx';
import { useSessionHandle } from '../../session/useSessionHandle.ts';
import { type PageHandle, PageSession } from './PageSession.tsx';
import { usePageAccess } from './usePageAccess.ts';
import './page.css';

/** `/g/:id`: the session page, for the facilitator, the participants and anyone with its read link. */
export default function PageScreen() {
  const { t } = useTranslation();
  const sessionId = useParams().id ?? '';
  const { access, renew } = usePageAccess(sessionId);
  const sessionAccess = access.state === 'ready' ? access.access : null;
  const role = sessionAccess?.role ?? null;
  // The facilitator's device arranges the page (facilitator commands); everyone else reads and comments.
  const createStore = useMemo(
    () => (role === 'facilitator' ? createSessionStore : createParticipantStore),
    [role],
  );
  const handle = useSessionHandle<unknown>(sessionId, sessionAccess, createStore) as PageHandle | null;

  if (access.state === 'missing' || access.state === 'failed') {
    return (
      <AppShell>
        <Notice tone="error">
          {access.state === 'failed'
            ? t(`errors.${access.code}`, { defaultValue: t('errors.refused') })
            : t('page.noAccess')}
        </Notice>
        <p>
          <Link to="/">{t('errors.goHome')}</Link>
        </p>
      </AppShell>
    );
  }
  if (!handle || access.state !== 'ready') {
    return (
      <AppShell>
        <p className="page-muted">{t('page.loading')}</p>
      </AppShell>
    );
  }
  return (
    <PageSession
      key={JSON.stringify(handle.access)}
      handle={handle}
      name={access.name}
      onRefused={() => void renew()}
    />
  );
}
