import type { WarmupItem } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { videoEmbedUrl } from './videoEmbedUrl.ts';

export function WarmupItemView({ item, headingLevel = 3 }: { item: WarmupItem; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const embed = item.url ? videoEmbedUrl(item.url) : null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="warmup-item">
      {item.title ? <Heading>{item.title}</Heading> : null}
      {embed ? (
        <div className="video-frame">
          <iframe
            src={embed}
            title={t('warmup.video', { title: item.title || item.url })}
            loading="lazy"
            allow="encrypted-media; picture-in-picture; fullscreen"
            referrerPolicy="strict-origin-when-cross-origin"
          />
        </div>
      ) : null}
      {item.note ? <p className="warmup-note">{item.note}</p> : null}
      {item.url ? (
        <p>
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {embed ? item.url : t('warmup.openLink')}
            {embed ? null : <span className="link-url"> — {item.url}</span>}
          </a>
        </p>
      ) : null}
    </article>
  );
}
