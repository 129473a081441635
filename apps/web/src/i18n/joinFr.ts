import type { JoinMessages } from './joinEn.ts';

/** The join page's French catalog; see joinEn.ts. */
export const joinFr: JoinMessages = {
  pageTitle: 'Rejoindre une session',
  documentTitle: 'Rejoindre « {{title}} » — Peerloom',
  language: 'Langue',
  checking: 'Vérification du code {{code}}…',
  codeLabel: 'Code de session',
  codeHint: '6 lettres et chiffres, donnés par l’animateur',
  checkCode: 'Continuer',
  checkingCode: 'Vérification…',
  sessionCode: 'Code {{code}}',
  changeCode: 'Changer de code',
  nameLabel: 'Votre nom',
  nameHint: 'Affiché au groupe à côté de vos réponses',
  submit: 'Rejoindre',
  joining: 'Connexion…',
  continueAs: 'Continuer en tant que {{name}}',
  orJoinAsSomeoneElse: 'Ou rejoindre sous un autre nom :',
  errors: {
    unknown_code: 'Aucune session n’a ce code. Vérifiez-le auprès de l’animateur.',
    invalid_code: 'Un code de session a 6 lettres et chiffres (sans 0, O, 1, I ni L).',
    session_closed: 'Cette session est terminée.',
    name_required: 'Veuillez saisir votre nom.',
    name_too_long: 'Un nom a au plus {{max}} caractères.',
    network:
      'Impossible de joindre le serveur de la session. Vérifiez le Wi-Fi et réessayez ; votre saisie est conservée.',
    rate_limited: 'Trop de tentatives. Patientez un instant puis réessayez.',
    generic: 'Un problème est survenu. Réessayez.',
  },
};
