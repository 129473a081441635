import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Purpose: meaning and usefulness of the work, passion for it, values, helping others, society and the planet. */
export const purposeConcepts: readonly ConceptEntry[] = [
  concept(
    'meaning',
    'meaning',
    'sens',
    `meaningful meaningless pointless purposeful sense_of_purpose purpose-driven make_a_difference
    makes_a_difference making_a_difference made_a_difference a_real_difference impactful
    real_impact positive_impact useless usefulness serves_a_purpose bigger_picture why_i_do_it
    why_we_do_it `,
    `sens donner_du_sens perte_de_sens quête_de_sens qui_a_du_sens utile utiles utilité inutile inutiles
    servir_à_quelque_chose sert_à_quelque_chose sert_à_rien impact impacter impactant contribuer contribue
    contribution faire_la_différence faire_une_différence`,
  ),
  concept(
    'passion',
    'passion',
    'passion',
    `passion passionate love_my_job love_my_work love_what_i_do love_the_job enjoy_my_job enjoy_my_work
    enjoy_what_i_do my_craft vocation`,
    `passion passionné passionnée passionnés passionnant passionnante kiffe kiffer kif j_adore_mon_métier
    j_aime_mon_métier aime_mon_travail vocation métier_passion`,
  ),
  concept(
    'helping',
    'helping',
    'aider',
    `help_people helps_people helping_people help_others helps_others helping_others make_people_happy
    making_people_happy make_someone's_day change_lives changes_lives improve_lives save_lives saving_lives
    people_we_help people_i_help`,
    `aider_les_gens aide_les_gens aider_les_autres aide_les_autres aider_des_gens rendre_service
    rendre_les_gens_heureux changer_des_vies sauver_des_vies les_gens_qu_on_aide`,
  ),
  concept(
    'values',
    'values',
    'valeurs',
    `my_values our_values company_values shared_values core_values ethics ethical unethical integrity
    honesty aligned alignment convictions`,
    `valeurs valeur éthique éthiques intégrité honnêteté honnête principes aligné alignée alignement
    convictions`,
  ),
  concept(
    'planet',
    'sustainability',
    'environnement',
    `sustainability sustainable csr eco-friendly climate_change the_planet save_the_planet our_planet
    carbon_footprint green_energy volunteering social_impact`,
    `planète climat durable durabilité développement_durable écologie écologique écolo environnement
    environnemental environnementale rse carbone bénévolat associatif associative solidaire`,
  ),
];
