import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Meetings: their purpose, outcome, length, attendance, participation and preparation. */
export const meetingConcepts: readonly ConceptEntry[] = [
  concept(
    'meeting',
    'meetings',
    'réunions',
    'meeting meetings meetins standup standups stand-up huddle zoom_calls visio conference_call',
    'réunion réunions réu réus visio visioconférence call calls rdv rendez-vous meeting meetings',
  ),
  concept(
    'agenda',
    'agenda',
    'agenda',
    'agenda agendas outline points_to_cover',
    'ordre_du_jour odj agenda programme déroulé plan',
  ),
  concept(
    'goal',
    'goal',
    'objectif',
    'goal goals objective objectives purpose aim aims',
    'objectif objectifs but buts finalité enjeu enjeux pourquoi',
  ),
  concept(
    'topic',
    'topic',
    'sujet',
    'subject subjects topic topics focus focused on_topic off_topic drifting digression digressions',
    'sujet sujets thème thèmes digression digressions focus hors_sujet concentration concentré',
  ),
  concept(
    'decision',
    'decisions',
    'décisions',
    'decision decisions decide decided deciding agree agreed conclusion conclusions outcome outcomes',
    'décision décisions décider décidé tranche trancher tranché acté actée actés conclusion conclusions',
  ),
  concept(
    'action',
    'actions',
    'actions',
    `action actions action_items todo todos to-do to-dos to_do_list to_do_lists tasks next_steps follow-up follow_up
    who_does_what assigned owners`,
    `action actions tâche tâches prochaines_étapes qui_fait_quoi suivi suivis répartir réparties répartis
    attribuées`,
  ),
  concept(
    'minutes',
    'meeting notes',
    'compte rendu',
    'minutes notes recap summary written documented tracker write_up',
    'compte_rendu cr notes récap résumé synthèse noté notés notées écrit',
  ),
  concept(
    'brevity',
    'brevity',
    'brièveté',
    `short shorter brief quick quickly fast concise timeboxed timebox max maximum half_an_hour under
    to_the_point rambling pace`,
    `court courte courtes courts bref brève brèves rapide rapides concis concise chrono max maximum
    demi-heure demi_heure efficace bavardages rythme`,
  ),
  concept(
    'punctuality',
    'punctuality',
    'ponctualité',
    `on_time punctual punctuality latecomers overrun overruns clock timer start_on_time ends_on_time`,
    `à_l_heure a_l_heure ponctuel ponctuelle ponctualité retard retards retardataires horaire horaires
    déborder pile timing gardien_du_temps`,
  ),
  concept(
    'attendees',
    'attendees',
    'participants',
    `attendees attendee participants invited invitees invite_list spectators attendance audience
    right_people small_group`,
    `participants participant invités invité liste_d_invités spectateurs présents bonnes_personnes
    personnes_concernées petit_comité`,
  ),
  concept(
    'decider',
    'decision maker',
    'décideur',
    'decision_maker decision_makers decision-maker approver say_yes',
    'décideur décideurs décideuse valide valider validation',
  ),
  concept(
    'speaking',
    'speaking',
    'parole',
    `speak speaks speaking voice voices round_table dominate dominates monopolize monologue interrupting
    conversation discussion`,
    `parole parler parle parlent exprimer tour_de_table voix monopolise monopoliser monologue couper coupe
    discussion échange échanges débat`,
  ),
  concept(
    'listening',
    'listening',
    'écoute',
    'listen listening listened listens hear heard attention engaged engagement',
    'écoute écouter écoutent attentif attentifs attention impliqué impliqués implication',
  ),
  concept(
    'ideas',
    'ideas',
    'idées',
    `idea ideas brainstorm brainstorming creativity creative post-it post-its innovation innovate
    innovating innovative new_ideas`,
    'idée idées brainstorming brainstorm créativité créatif créative post-it innovation innover innovant innovante',
  ),
  concept(
    'safety',
    'safety',
    'bienveillance',
    'psychological_safety safe safety disagree disagreement kindness benevolent respect respectful',
    'bienveillance bienveillant bienveillante sécurité désaccord sans_risque respect respectueux',
  ),
  concept(
    'distraction',
    'distractions',
    'distractions',
    'phone phones distraction distractions distracted multitasking cameras camera',
    'téléphone téléphones portable distrait distraits distraction caméras caméra',
  ),
  concept(
    'preparation',
    'preparation',
    'préparation',
    `prepare prepared preparing prep preparation ready beforehand in_advance ahead upstream homework
    pre-read pre-reads the_day_before`,
    `préparer préparé préparée préparés préparation prépa prêt prête prêts prêtes en_amont à_l_avance
    a_l_avance devoirs la_veille`,
  ),
  concept(
    'materials',
    'materials',
    'supports',
    'slides deck materials one-pager figures proposal',
    'supports slides présentation fiche chiffres proposition contexte données',
  ),
];
