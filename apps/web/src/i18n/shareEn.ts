import type { Catalog } from './Catalog.ts';

/** English messages for sharing and keeping a session (read link, archive, import); part of facilitatorEn. */
export const shareEn = {
  sharePage: {
    title: 'Share the session page',
    intro:
      'The session page shows every production. A read link lets anyone open it without joining: it reads everything and writes nothing, and you can withdraw it at any time.',
    share: 'Share the page',
    sharing: 'Creating the link…',
    linkLabel: 'Read link to the session page',
    showQr: 'Show a QR code',
    qrAlt: 'QR code of the read link: {{url}}',
    revoke: 'Withdraw the link',
    revokeConfirm:
      'Withdraw the read link? Pages open with it close, and it no longer opens the page. You can share a new link later.',
    revokeYes: 'Yes, withdraw the link',
    revoked: 'The read link was withdrawn: it no longer opens the page.',
    unavailable: 'Can’t reach the session server to share the page. Check the Wi-Fi and try again.',
    archiveTitle: 'Keep the session',
    archiveHint:
      'One file with every document of this session, which another Peerloom can import. It holds no key, token or participant id.',
    download: 'Download the archive',
    downloading: 'Preparing the archive…',
    downloadFailed: 'The archive could not be downloaded. Check the Wi-Fi and try again.',
  },
  importSession: {
    title: 'Import a session',
    hint: 'Choose a session archive (.json) downloaded from Peerloom: it becomes a new session that you facilitate, with a new code.',
    fileLabel: 'Session archive',
    importing: 'Importing the session…',
    errors: {
      invalid_archive: 'This file is not a Peerloom session archive, or it is damaged.',
      invalid_json: 'This file is not a Peerloom session archive (it is not JSON).',
      unsupported_archive_version:
        'This archive comes from another version of Peerloom and cannot be imported here.',
      body_too_large: 'This archive is too large to import.',
      rate_limited: 'Several sessions were just imported here. Wait a few seconds and try again.',
      network: 'Can’t reach the session server. Check the Wi-Fi and try again.',
      generic: 'The session could not be imported. Try again.',
    },
  },
};

export type ShareMessages = Catalog<typeof shareEn>;
