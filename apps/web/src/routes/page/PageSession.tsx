import { CloseCode } from '@peerloom/protocol';
import {
  asParticipantId,
  createPageStore,
  type ParticipantCommands,
  type SessionCommands,
  selectPageProductions,
} from '@peerloom/session-model';
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../../components/AppShell.tsx';
import { ConnectionBadge } from '../../components/ConnectionBadge.tsx';
import { Notice } from '../../components/Notice.tsx';
import { loadFeedbackMessages } from '../../i18n/setupI18n.ts';
import { useProductionsProgress } from '../../session/useProductionsProgress.ts';
import type { SessionHandle } from '../../session/useSessionHandle.ts';
import { useConnection, useSnapshot } from '../../session/useSessionState.ts';
import { buildPageMarkdown } from './buildPageMarkdown.ts';
import { buildPageModel, type PageLabels } from './buildPageModel.ts';
import { downloadFile, fileNameOf } from './downloadFile.ts';
import { FacilitatorPageTools } from './FacilitatorPageTools.tsx';
import { PageDocument } from './PageDocument.tsx';
import { PresentView } from './PresentView.tsx';
import { usePresentation } from './usePresentation.ts';

/** Reactions and comments under each production, with their messages: loaded with the first production shown. */
const ProductionFeedback = lazy(() =>
  Promise.all([import('./ProductionFeedback.tsx'), loadFeedbackMessages()]).then(([module]) => ({
    default: module.ProductionFeedback,
  })),
);
const PageFeedbackTools = lazy(() =>
  Promise.all([import('./PageFeedbackTools.tsx'), loadFeedbackMessages()]).then(([module]) => ({
    default: module.PageFeedbackTools,
  })),
);

/** The step-4 fields and editor: loaded only when someone edits a production from the page. */
const EditingProduction = lazy(() =>
  import('./EditingProduction.tsx').then((module) => ({ default: module.EditingProduction })),
);

export type PageHandle = SessionHandle<SessionCommands> | SessionHandle<ParticipantCommands>;

interface PageSessionProps {
  handle: PageHandle;
  /** The participant's own name on this device ('' for others). */
  name: string;
  onRefused: () => void;
}

/** The live session page: every production read over one hub socket, arranged, presented, edited and exported. */
export function PageSession({ handle, name, onRefused }: PageSessionProps) {
  const { t } = useTranslation();
  const optOutId = useId();
  const snapshot = useSnapshot(handle);
  const { connection, refusalCode, pending } = useConnection(handle);
  const { access } = handle;
  const isFacilitator = access.role === 'facilitator';
  const participantId = access.role === 'participant' ? access.participantId : null;
  // The page's own model (order, hidden, opt-outs) over the same two documents, loaded with this route only.
  const pageStore = useMemo(
    () =>
      createPageStore({
        control: handle.documents.control,
        room: handle.documents.room,
        actor: handle.store.actor,
      }),
    [handle],
  );
  useEffect(() => () => pageStore.destroy(), [pageStore]);
  const pageState = useSyncExternalStore(pageStore.subscribe, pageStore.getState);
  const entries = useMemo(
    () => selectPageProductions(snapshot, pageState.settings, { includeHidden: isFacilitator }),
    [snapshot, pageState, isFacilitator],
  );
  const productions = useMemo(() => entries.map((entry) => entry.production), [entries]);
  const { getHandle } = useProductionsProgress(handle, productions, { persist: true });
  const { presenting, setPresenting, exitPresent } = usePresentation();
  const [editing, setEditing] = useState<string | null>(null);

  const renewRequested = useRef(false);
  useEffect(() => {
    if (refusalCode !== CloseCode.unauthorized || access.role !== 'participant' || renewRequested.current)
      return;
    renewRequested.current = true;
    onRefused();
  }, [refusalCode, access.role, onRefused]);

  useEffect(() => {
    document.title = t('page.documentTitle', { title: snapshot.title || t('app.name') });
  }, [snapshot.title, t]);

  const labels: PageLabels = {
    groupNumber: (number) => t('groups.groupNumber', { number }),
    role: (role) => t(`roles.${role}`),
    fromAnswers: t('page.fromAnswers'),
    anonymous: t('answers.anonymous'),
    otherMembers: (count) => t('page.otherMembers', { count }),
  };
  // Rendered again when the snapshot or `progress` (at most every 250 ms, after a production's document changed)
  // does; each production's page is cached by its store until its document changes.
  const model = buildPageModel(
    snapshot,
    pageState,
    entries,
    (id) => getHandle(id)?.store.getPage() ?? null,
    labels,
  );
  const order = useMemo(() => entries.map((entry) => entry.production.id), [entries]);
  const formatDate = (time: number) =>
    new Intl.DateTimeFormat(snapshot.language, { dateStyle: 'long' }).format(new Date(time));

  // Exports and the presentation leave out what the facilitator hid from the page.
  const visible = { ...model, productions: model.productions.filter((production) => !production.hidden) };
  const exportMarkdown = () =>
    downloadFile(
      fileNameOf(snapshot.title, 'md'),
      buildPageMarkdown(
        visible,
        {
          createdOn: (date) => t('page.createdOn', { date }),
          question: t('page.question'),
          members: t('page.members'),
          removedField: t('page.removedField'),
          contributions: t('page.contributions'),
          contributionLine: (person, words) =>
            t('page.contributionLine', { name: person, words: t('page.words', { count: words }) }),
        },
        formatDate,
      ),
      'text/markdown;charset=utf-8',
    );
  const exportHtml = async () => {
    const { exportPageHtml } = await import('./exportPageHtml.tsx');
    const html = exportPageHtml(visible, {
      documentTitle: t('page.documentTitle', { title: snapshot.title }),
      note: t('page.exportedOn', { date: formatDate(Date.now()) }),
    });
    downloadFile(fileNameOf(snapshot.title, 'html'), html, 'text/html;charset=utf-8');
  };

  const canEdit = (productionId: string) => {
    const production = snapshot.productions.find((candidate) => candidate.id === productionId);
    if (!production || getHandle(productionId) === null) return false;
    if (isFacilitator) return true;
    return (
      participantId !== null &&
      !production.retired &&
      production.members.includes(asParticipantId(participantId))
    );
  };

  if (presenting !== null) {
    return (
      <PresentView
        title={snapshot.title}
        productions={visible.productions}
        index={presenting}
        onMove={setPresenting}
        onExit={exitPresent}
      />
    );
  }

  return (
    <AppShell
      title={snapshot.title}
      status={<ConnectionBadge connection={connection} pending={pending} />}
      wide
    >
      {refusalCode !== null && !(refusalCode === CloseCode.unauthorized && access.role === 'participant') ? (
        <Notice tone="error">
          {refusalCode === CloseCode.notFound
            ? t('errors.sessionGone')
            : access.role === 'viewer'
              ? t('page.linkWithdrawn')
              : t('errors.refused')}
        </Notice>
      ) : null}
      {snapshot.unsupported ? <Notice tone="error">{t('errors.unsupported_version')}</Notice> : null}
      <PageDocument
        model={model}
        actions={
          <>
            <div className="page-actions button-row">
              <button
                type="button"
                onClick={() => setPresenting(0)}
                disabled={visible.productions.length === 0}
              >
                {t('page.present')}
              </button>
            </div>
            {participantId ? (
              <p className="page-opt-out">
                <input
                  id={optOutId}
                  type="checkbox"
                  checked={pageState.contributionOptOut.includes(asParticipantId(participantId))}
                  onChange={(event) => pageStore.commands.setContributionOptOut(event.target.checked)}
                />
                <label htmlFor={optOutId}>{t('page.optOut')}</label>
              </p>
            ) : null}
          </>
        }
        end={
          <section className="page-exports" aria-labelledby={`${optOutId}-exports`}>
            <h2 id={`${optOutId}-exports`} className="page-small-title">
              {t('page.exports')}
            </h2>
            <div className="button-row">
              <button type="button" className="secondary" onClick={() => void exportHtml()}>
                {t('page.exportHtml')}
              </button>
              <button type="button" className="secondary" onClick={exportMarkdown}>
                {t('page.exportMarkdown')}
              </button>
              <button type="button" className="secondary" onClick={() => window.print()}>
                {t('page.print')}
              </button>
            </div>
            {isFacilitator ? (
              <Suspense fallback={null}>
                <PageFeedbackTools snapshot={snapshot} handle={handle as SessionHandle} />
              </Suspense>
            ) : null}
          </section>
        }
        footerFor={(production) => (
          <Suspense fallback={null}>
            <ProductionFeedback
              snapshot={snapshot}
              handle={handle as SessionHandle}
              productionId={production.id}
            />
          </Suspense>
        )}
        toolsFor={(production, index) => (
          <>
            {isFacilitator ? (
              <FacilitatorPageTools
                commands={pageStore.commands}
                production={production}
                order={order}
                index={index}
              />
            ) : null}
            {canEdit(production.id) ? (
              <button
                type="button"
                className="secondary page-edit"
                aria-pressed={editing === production.id}
                onClick={() => setEditing(editing === production.id ? null : production.id)}
              >
                {editing === production.id
                  ? t('page.stopEditing')
                  : isFacilitator
                    ? t('page.editAny')
                    : t('page.editOwn')}
              </button>
            ) : null}
          </>
        )}
        bodyFor={(production) => {
          const opened = editing === production.id ? getHandle(production.id) : null;
          const record = snapshot.productions.find((candidate) => candidate.id === production.id);
          if (!opened || !record) return null;
          return (
            <Suspense fallback={<p className="page-muted">{t('production.loadingEditor')}</p>}>
              <EditingProduction
                snapshot={snapshot}
                production={record}
                opened={opened}
                participantId={participantId}
                name={name || t('page.facilitatorName')}
              />
            </Suspense>
          );
        }}
      />
    </AppShell>
  );
}
