import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useJoinBase } from '../../session/useJoinBase.ts';
import { UnreachableLinkWarning } from './UnreachableLinkWarning.tsx';
import './joinPanel.css';

interface JoinPanelProps {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  viewerToken: string;
}

export function JoinPanel({ sessionId, code, facilitatorKey, viewerToken }: JoinPanelProps) {
  const { t } = useTranslation();
  const joinBase = useJoinBase();
  const origin = joinBase.url;
  const joinUrl = `${origin}/j/${code}`;
  const projectorUrl = `${origin}/p/${sessionId}#v=${viewerToken}`;
  return (
    <section className="card join-panel" aria-labelledby="join-panel-title">
      <h2 id="join-panel-title">{t('facilitator.joinPanel')}</h2>
      {joinBase.checked && !joinBase.reachable ? <UnreachableLinkWarning joinBase={joinBase} /> : null}
      <div className="join-panel-body">
        <div>
          <p className="join-code-label">{t('facilitator.joinCode')}</p>
          <p className="join-code" data-testid="join-code">
            {code}
          </p>
          <CopyField label={t('facilitator.joinLink')} value={joinUrl} />
          {joinBase.checked && joinBase.reachable ? (
            <p className="hint" data-testid="join-address">
              {t('joinAddress.forPhones', { host: new URL(origin).host })}
            </p>
          ) : null}
        </div>
        {code && joinBase.checked ? (
          <QrCode value={joinUrl} label={t('facilitator.qrAlt', { url: joinUrl })} size={180} />
        ) : null}
      </div>
      {viewerToken ? (
        <p>
          <a href={projectorUrl} target="_blank" rel="noopener">
            {t('facilitator.openProjector')}
          </a>
        </p>
      ) : null}
      <details>
        <summary>{t('facilitator.facilitatorLink')}</summary>
        <CopyField
          label={t('facilitator.facilitatorLink')}
          hint={t('facilitator.facilitatorLinkHint')}
          value={`${origin}/f/${sessionId}#key=${facilitatorKey}`}
        />
      </details>
    </section>
  );
}
