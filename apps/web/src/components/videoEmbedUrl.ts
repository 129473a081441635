/** The embeddable player URL for a YouTube or Vimeo link, or null when the link is not such a video. */
export function videoEmbedUrl(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\.|^m\./, '');
  const youtubeId =
    host === 'youtu.be'
      ? url.pathname.slice(1)
      : host === 'youtube.com' && url.pathname === '/watch'
        ? url.searchParams.get('v')
        : host === 'youtube.com' && /^\/(embed|shorts)\//.test(url.pathname)
          ? url.pathname.split('/')[2]
          : null;
  if (youtubeId && /^[\w-]{6,20}$/.test(youtubeId))
    return `https://www.youtube-nocookie.com/embed/${youtubeId}`;
  const vimeoId = host === 'vimeo.com' ? url.pathname.slice(1) : null;
  if (vimeoId && /^\d{4,12}$/.test(vimeoId)) return `https://player.vimeo.com/video/${vimeoId}`;
  return null;
}
