import type { ShareMessages } from './shareEn.ts';

/** French messages for sharing and keeping a session (see shareEn.ts). */
export const shareFr: ShareMessages = {
  sharePage: {
    title: 'Partager la page de la session',
    intro:
      'La page de la session montre toutes les productions. Un lien de lecture permet à n’importe qui de l’ouvrir sans rejoindre la session : il lit tout et n’écrit rien, et vous pouvez le retirer à tout moment.',
    share: 'Partager la page',
    sharing: 'Création du lien…',
    linkLabel: 'Lien de lecture de la page de la session',
    showQr: 'Afficher un QR code',
    qrAlt: 'QR code du lien de lecture : {{url}}',
    revoke: 'Retirer le lien',
    revokeConfirm:
      'Retirer le lien de lecture ? Les pages ouvertes avec lui se ferment, et il n’ouvre plus la page. Vous pourrez partager un nouveau lien plus tard.',
    revokeYes: 'Oui, retirer le lien',
    revoked: 'Le lien de lecture a été retiré : il n’ouvre plus la page.',
    unavailable:
      'Impossible de joindre le serveur de la session pour partager la page. Vérifiez le Wi-Fi et réessayez.',
    archiveTitle: 'Conserver la session',
    archiveHint:
      'Un fichier avec tous les documents de cette session, qu’une autre installation de Peerloom peut importer. Il ne contient ni clé, ni jeton, ni identifiant de participant.',
    download: 'Télécharger l’archive',
    downloading: 'Préparation de l’archive…',
    downloadFailed: 'L’archive n’a pas pu être téléchargée. Vérifiez le Wi-Fi et réessayez.',
  },
  importSession: {
    title: 'Importer une session',
    hint: 'Choisissez une archive de session (.json) téléchargée depuis Peerloom : elle devient une nouvelle session que vous animez, avec un nouveau code.',
    fileLabel: 'Archive de session',
    importing: 'Import de la session…',
    errors: {
      invalid_archive: 'Ce fichier n’est pas une archive de session Peerloom, ou il est endommagé.',
      invalid_json: 'Ce fichier n’est pas une archive de session Peerloom (ce n’est pas du JSON).',
      unsupported_archive_version:
        'Cette archive vient d’une autre version de Peerloom et ne peut pas être importée ici.',
      body_too_large: 'Cette archive est trop volumineuse pour être importée.',
      rate_limited:
        'Plusieurs sessions viennent d’être importées ici. Attendez quelques secondes et réessayez.',
      network: 'Impossible de joindre le serveur de la session. Vérifiez le Wi-Fi et réessayez.',
      generic: 'La session n’a pas pu être importée. Réessayez.',
    },
  },
};
