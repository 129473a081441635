import type { Language, TemplateFieldInput } from '@peerloom/session-model';

export type TemplatePackId = 'practice' | 'caseStudy' | 'miniClass';

/** A ready-made template: a name, one line on when to use it, and its fields in order. */
export interface TemplatePack {
  readonly id: TemplatePackId;
  readonly name: string;
  readonly description: string;
  readonly fields: readonly TemplateFieldInput[];
}

export const TEMPLATE_PACK_IDS: readonly TemplatePackId[] = ['practice', 'caseStudy', 'miniClass'];

const en: readonly TemplatePack[] = [
  {
    id: 'practice',
    name: 'Practice sheet',
    description: 'A short, reusable sheet on one practice the group knows well.',
    fields: [
      {
        title: 'The practice in one sentence',
        hint: 'What do you do, for whom, and why does it matter?',
        example: 'We run a 10-minute stand-up every morning so that blockers surface before lunch.',
      },
      {
        title: 'When to use it',
        hint: 'The situations where it works, and where it does not.',
        example: 'Teams of 3 to 10 who share a goal; not for people in very different time zones.',
      },
      {
        title: 'Step by step',
        hint: 'The steps someone new would follow, in order.',
        example: '1. Stand in a circle. 2. Each person says what they did and what blocks them. 3. …',
      },
      {
        title: 'Pitfalls and tips',
        hint: 'What went wrong for you, and what you learned from it.',
        example: 'It turns into a status report for the manager: rotate who leads it.',
      },
      {
        title: 'To go further',
        hint: 'Books, links, people or tools worth knowing.',
        example: '“Scrum: The Art of Doing Twice the Work in Half the Time”, chapter 5.',
      },
    ],
  },
  {
    id: 'caseStudy',
    name: 'Case study',
    description: 'A real situation one of you lived, told so that others can learn from it.',
    fields: [
      {
        title: 'Context',
        hint: 'Where, when, who was involved, what was at stake.',
        example: 'A rural school of 120 pupils, three teachers, no internet at home for half the families.',
      },
      {
        title: 'The challenge',
        hint: 'The problem or the question, in the words of the people who faced it.',
        example: 'How do we keep pupils reading during a two-month closure?',
      },
      {
        title: 'What was done',
        hint: 'The choices made and the actions taken, in order.',
        example: 'Teachers printed weekly booklets and parents collected them at the market.',
      },
      {
        title: 'Results',
        hint: 'What changed, with figures or quotes when you have them.',
        example: '80% of booklets came back completed; reading scores held steady.',
      },
      {
        title: 'Lessons learned',
        hint: 'What you would do again, and what you would do differently.',
        example: 'Involve parents from day one; plan the return of booklets, not only their delivery.',
      },
      {
        title: 'Questions for discussion',
        hint: 'Two or three questions to ask the room.',
        example: 'What would you have tried first in this school?',
      },
    ],
  },
  {
    id: 'miniClass',
    name: 'Mini-class plan',
    description: 'Prepares the mini class your group will teach in the next step.',
    fields: [
      {
        title: 'Learning goal',
        hint: 'By the end, participants will be able to…',
        example: 'By the end, participants will be able to write a clear meeting agenda in 5 minutes.',
      },
      {
        title: 'Hook',
        hint: 'A question, a story or an image to open with (1–2 minutes).',
        example: 'Who has been in a meeting this week that had no point? Hands up!',
      },
      {
        title: 'Key ideas',
        hint: 'Three ideas at most, each in one or two sentences.',
        example:
          '1. Every item is a question. 2. Each item has an owner. 3. Time boxes add up to the meeting.',
      },
      {
        title: 'Activity',
        hint: 'What participants do to practise, alone or in pairs.',
        example: 'In pairs, rewrite a vague agenda from our sample into questions with owners.',
      },
      {
        title: 'Check for understanding',
        hint: 'How you will know they got it.',
        example: 'Each pair reads one rewritten item aloud; the room votes whether it is clear.',
      },
      {
        title: 'Materials and timing',
        hint: 'What you need, and minutes per part.',
        example: 'Printed sample agenda, markers. Hook 2 min, ideas 5 min, activity 8 min, check 5 min.',
      },
    ],
  },
];

const fr: readonly TemplatePack[] = [
  {
    id: 'practice',
    name: 'Fiche pratique',
    description: 'Une fiche courte et réutilisable sur une pratique que le groupe connaît bien.',
    fields: [
      {
        title: 'La pratique en une phrase',
        hint: 'Que faites-vous, pour qui, et pourquoi est-ce utile ?',
        example:
          'Nous faisons un point debout de 10 minutes chaque matin pour repérer les blocages avant midi.',
      },
      {
        title: 'Quand l’utiliser',
        hint: 'Les situations où elle marche, et celles où elle ne marche pas.',
        example:
          'Des équipes de 3 à 10 personnes avec un objectif commun ; pas pour des fuseaux horaires très différents.',
      },
      {
        title: 'Étape par étape',
        hint: 'Les étapes qu’une personne nouvelle suivrait, dans l’ordre.',
        example: '1. Se mettre en cercle. 2. Chacun dit ce qu’il a fait et ce qui le bloque. 3. …',
      },
      {
        title: 'Pièges et astuces',
        hint: 'Ce qui a mal tourné pour vous, et ce que vous en avez appris.',
        example: 'Cela devient un compte rendu pour le manager : faites tourner l’animation.',
      },
      {
        title: 'Pour aller plus loin',
        hint: 'Livres, liens, personnes ou outils à connaître.',
        example: '« Scrum : le guide de la méthode agile la plus populaire », chapitre 5.',
      },
    ],
  },
  {
    id: 'caseStudy',
    name: 'Étude de cas',
    description:
      'Une situation réelle vécue par l’un de vous, racontée pour que d’autres en tirent des leçons.',
    fields: [
      {
        title: 'Contexte',
        hint: 'Où, quand, qui était concerné, quels étaient les enjeux.',
        example:
          'Une école rurale de 120 élèves, trois enseignants, pas d’internet à la maison pour la moitié des familles.',
      },
      {
        title: 'Le défi',
        hint: 'Le problème ou la question, dans les mots de ceux qui l’ont vécu.',
        example: 'Comment faire lire les élèves pendant deux mois de fermeture ?',
      },
      {
        title: 'Ce qui a été fait',
        hint: 'Les choix faits et les actions menées, dans l’ordre.',
        example:
          'Les enseignants ont imprimé des livrets chaque semaine, que les parents récupéraient au marché.',
      },
      {
        title: 'Résultats',
        hint: 'Ce qui a changé, avec des chiffres ou des citations si vous en avez.',
        example: '80 % des livrets sont revenus remplis ; les résultats en lecture se sont maintenus.',
      },
      {
        title: 'Leçons tirées',
        hint: 'Ce que vous referiez, et ce que vous feriez autrement.',
        example:
          'Associer les parents dès le premier jour ; prévoir le retour des livrets, pas seulement leur envoi.',
      },
      {
        title: 'Questions pour la discussion',
        hint: 'Deux ou trois questions à poser à la salle.',
        example: 'Qu’auriez-vous essayé en premier dans cette école ?',
      },
    ],
  },
  {
    id: 'miniClass',
    name: 'Plan de mini-cours',
    description: 'Prépare le mini-cours que votre groupe donnera à l’étape suivante.',
    fields: [
      {
        title: 'Objectif d’apprentissage',
        hint: 'À la fin, les participants sauront…',
        example: 'À la fin, les participants sauront rédiger un ordre du jour clair en 5 minutes.',
      },
      {
        title: 'Accroche',
        hint: 'Une question, une histoire ou une image pour commencer (1 à 2 minutes).',
        example: 'Qui a assisté cette semaine à une réunion sans but ? Levez la main !',
      },
      {
        title: 'Idées clés',
        hint: 'Trois idées au plus, chacune en une ou deux phrases.',
        example:
          '1. Chaque point est une question. 2. Chaque point a un responsable. 3. Les durées font la réunion.',
      },
      {
        title: 'Activité',
        hint: 'Ce que font les participants pour s’exercer, seuls ou à deux.',
        example: 'À deux, réécrire un ordre du jour flou en questions avec des responsables.',
      },
      {
        title: 'Vérifier la compréhension',
        hint: 'Comment saurez-vous qu’ils ont compris ?',
        example: 'Chaque binôme lit un point réécrit ; la salle vote s’il est clair.',
      },
      {
        title: 'Matériel et minutage',
        hint: 'Ce qu’il vous faut, et les minutes par partie.',
        example:
          'Ordre du jour imprimé, feutres. Accroche 2 min, idées 5 min, activité 8 min, vérification 5 min.',
      },
    ],
  },
];

const packs: Record<Language, readonly TemplatePack[]> = { en, fr };

/** The built-in template packs in the session's language. */
export function getTemplatePacks(language: Language): readonly TemplatePack[] {
  return packs[language] ?? packs.en;
}
