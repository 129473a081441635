import type { CreateMessages } from './createEn.ts';
import { pageFr } from './pageFr.ts';

/** French messages of step 4's screens (see createEn.ts). */
export const createFr: CreateMessages = {
  production: {
    loadingEditor: 'Chargement de l’éditeur…',
    title: '{{group}} · notre production',
    movedNote:
      'Vous êtes passé·e de {{from}} à {{to}}. Ce que vous avez écrit reste dans la production de {{from}}.',
    leftNote: '{{from}} est terminé. Ce que vous avez écrit reste dans sa production.',
    messageFrom: 'Message de l’animateur',
    groupTimer: 'Votre groupe',
    roomTimer: 'Temps restant',
    timerPaused: 'en pause',
    timeUp: 'C’est l’heure',
    oneMinuteLeft: 'Plus qu’une minute',
    productionStatus: 'Votre production',
    yourRole: 'Votre rôle : {{role}}.',
    noRole: 'Pas de rôle pour vous cette fois : apportez vos idées et écrivez avec les autres.',
    groupMembers: 'Votre groupe',
    memberHere: '(présent·e)',
    memberAway: '(absent·e pour l’instant)',
    hereNow: 'Écrivent avec vous : {{names}}',
    aloneHere: 'Personne d’autre de votre groupe n’a encore ouvert la production.',
    focusHere: 'L’animateur a amené tout le monde ici',
    fromAnswersTitle: 'À partir de nos réponses',
    fromAnswersHint:
      'Les réponses de votre groupe à l’étape 2, pour démarrer. Gardez ce qui aide, supprimez le reste.',
    clearFromAnswers: 'Supprimer ce champ',
    clearFromAnswersQuestion:
      'Supprimer le champ « À partir de nos réponses » pour tout le groupe ? Son texte disparaît.',
    clearFromAnswersConfirm: 'Oui, le supprimer',
    removedFieldHint:
      'L’animateur a retiré ce champ du modèle. Ce que votre groupe y a écrit est conservé : vous pouvez le relire, et l’animateur le voit toujours.',
    noFields: 'L’animateur n’a pas encore préparé les champs. Ils s’afficheront ici tout seuls.',
  },
  roles: {
    leader: 'responsable',
    appMaster: 'pilote de l’appli',
    timeMaster: 'gardien·ne du temps',
    meaning: {
      leader:
        'Gardez le groupe sur son objectif, veillez à ce que chacun soit entendu et parlez au nom du groupe si on vous le demande.',
      appMaster: 'Tenez la production en ordre : aidez le groupe à mettre ses idées dans les bons champs.',
      timeMaster: 'Surveillez l’horloge et dites au groupe quand passer au champ suivant.',
    },
  },
  editor: {
    toolbar: 'Mise en forme',
    bold: 'Gras',
    italic: 'Italique',
    heading: 'Titre',
    subheading: 'Sous-titre',
    bulletList: 'Liste à puces',
    orderedList: 'Liste numérotée',
    link: 'Lien',
    linkAddress: 'Adresse du lien',
    applyLink: 'Appliquer le lien',
    removeLink: 'Retirer le lien',
    cancel: 'Annuler',
    pasteTooLarge: 'Ce collage est trop long pour être ajouté d’un coup. Collez une partie plus courte.',
    linkRefused: 'Seuls les liens web (https://) et e-mail peuvent être ajoutés.',
    dismiss: 'Fermer',
  },
  ...pageFr,
};
