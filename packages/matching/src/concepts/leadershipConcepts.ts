import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Management and leadership: empathy, leading by example, being there, clear expectations. */
export const leadershipConcepts: readonly ConceptEntry[] = [
  concept(
    'empathy',
    'empathy',
    'empathie',
    `empathy empathetic empathic compassion compassionate caring understanding_manager human_side humane
    cares_about_us care_about_people`,
    `empathie empathique compassion compréhensif compréhensive humain humaine humainement côté_humain
    prend_soin prendre_soin`,
  ),
  concept(
    'example',
    'role model',
    'exemplarité',
    `lead_by_example leads_by_example leading_by_example set_the_example sets_the_example role_model
    walk_the_talk walks_the_talk practice_what_they_preach`,
    `exemplarité exemplaire exemplaires montrer_l_exemple montre_l_exemple donner_l_exemple
    donne_l_exemple modèle_à_suivre`,
  ),
  concept(
    'availability',
    'availability',
    'disponibilité',
    `approachable reachable open_door open-door always_there there_for_us there_for_me makes_time
    takes_time_for_us door_is_open one-on-ones one-to-ones`,
    `disponible disponibles disponibilité dispo joignable accessible présent_pour_nous porte_ouverte
    porte_toujours_ouverte prend_le_temps tête-à-tête point_individuel points_individuels`,
  ),
  concept(
    'clarity',
    'clear expectations',
    'clarté',
    `expectations clear_expectations clarity clear_goals clear_objectives clear_instructions clear_direction
    clear_roles role_clarity knowing_what_is_expected`,
    `attentes clarté objectifs_clairs consignes_claires consignes rôles_clairs cadre_clair savoir_ce_qu_on_attend
    ce_qu_on_attend_de_moi`,
  ),
];
