import { type ConceptEntry, concept } from './conceptEntry.ts';

/** The working day: workload, deadlines, stress, planning, messages, IT, commute, travel, remote work. */
export const workdayConcepts: readonly ConceptEntry[] = [
  concept(
    'workload',
    'workload',
    'surcharge',
    `workload overload overloaded overworked understaffed drowning overtime too_much_work on_my_plate
    firefighting juggling`,
    `charge_de_travail surcharge surchargé surchargée débordé débordée sous-effectif heures_sup
    heures_supplémentaires sous_l_eau`,
  ),
  concept(
    'deadline',
    'deadlines',
    'délais',
    'deadline deadlines urgent urgency rush pressure asap priority priorities',
    'délai délais deadline deadlines urgence urgences urgent rush pression échéance échéances priorité',
  ),
  concept(
    'stress',
    'stress',
    'stress',
    'stress stressed stressful burnout burn-out exhausted exhausting tired fatigue anxiety',
    'stress stressé stressée stressant burn-out burnout épuisé épuisée épuisant fatigué fatiguée fatigue crevé',
  ),
  concept(
    'planning',
    'planning',
    'organisation',
    `planning time_management manage_my_time time_blocking timeblocking get_organized stay_organized
    well_organized prioritize prioritise prioritizing prioritising`,
    `planning plannings planifier planification calendrier gestion_du_temps gérer_mon_temps
    bien_organisé bien_organisée prioriser hiérarchiser`,
  ),
  concept(
    'messages',
    'messages',
    'messages',
    'email emails mail mails inbox slack teams notifications',
    'mail mails courriel courriels messagerie message messages msg slack teams chat notification',
  ),
  concept(
    'communication',
    'communication',
    'communication',
    'communication communicate communicating informed transparency',
    'communication communiquer information informations info infos transparence informé informés',
  ),
  concept(
    'hardware',
    'computers',
    'ordinateurs',
    'laptop laptops printer printers wifi vpn',
    'ordi ordis ordinateur ordinateurs pc imprimante imprimantes wifi vpn écran écrans',
  ),
  concept(
    'bugs',
    'bugs',
    'bugs',
    'bugs freezes outage',
    'plante bugs bug panne pannes lent lente rame beugue',
  ),
  concept(
    'itsupport',
    'helpdesk',
    'informatique',
    'it_support helpdesk help_desk ticket tickets it_guy',
    'informatique informaticien informaticienne dsi hotline ticket tickets',
  ),
  concept(
    'commute',
    'commute',
    'trajet',
    'commute commuting traffic metro subway parking',
    'trajet trajets transports bouchons embouteillages métro rer bus parking',
  ),
  concept(
    'travel',
    'business travel',
    'déplacements',
    'business_travel business_trip business_trips work_trips travelling_for_work on_the_road site_visits',
    'déplacement déplacements déplacements_pro voyage voyages voyager voyages_d_affaires missions_à_l_étranger',
  ),
  concept(
    'remote',
    'remote work',
    'télétravail',
    'remote wfh home_office telework teleworking hybrid',
    'télétravail tt distanciel hybride à_distance',
  ),
];
