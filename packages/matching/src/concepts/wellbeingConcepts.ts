import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Wellbeing at work: work-life balance, flexible hours, health, time off, the workplace, food, the atmosphere. */
export const wellbeingConcepts: readonly ConceptEntry[] = [
  concept(
    'balance',
    'work-life balance',
    'équilibre vie pro-perso',
    `work-life_balance work_life_balance life_balance worklife personal_life
    private_life home_life family_life family_time time_with_my_family time_with_family my_family my_kids
    my_children the_kids pick_up_the_kids pick_up_my_kids school_run disconnect switch_off evenings_off
    weekends_off free_weekends quality_time`,
    `équilibre équilibré équilibrée vie_pro vie_perso vie_privée vie_personnelle vie_de_famille vie_familiale
    ma_famille en_famille mes_enfants mes_gosses récupérer_les_enfants chercher_les_enfants sortie_d_école crèche
    déconnecter déconnexion droit_à_la_déconnexion temps_pour_moi mes_soirées mes_week-ends`,
  ),
  concept(
    'flexibility',
    'flexibility',
    'flexibilité',
    `flexible flexibility flexitime flextime flexi-time flexible_hours flexible_schedule own_hours
    own_schedule my_own_hours choose_my_hours set_my_hours four-day_week 4-day_week part-time part_time
    compressed_hours`,
    `flexibilité flexible flexibles souplesse horaires_flexibles horaires_libres horaires_aménagés
    aménagement_du_temps choisir_mes_horaires temps_partiel mi-temps semaine_de_4_jours semaine_de_quatre_jours`,
  ),
  concept(
    'wellbeing',
    'wellbeing',
    'santé',
    `wellbeing well-being wellness mental_health burnout_prevention self-care selfcare meditation
    mindfulness sleep sleeping stay_calm keep_calm breathe deep_breath breathing_exercises`,
    `bien-être bien_être bienêtre santé santé_mentale sport salle_de_sport yoga méditation sophrologie
    pleine_conscience massage massages sommeil dormir calme garder_son_calme zen respirer
    respiration`,
  ),
  concept(
    'timeoff',
    'holidays',
    'congés',
    `holiday holidays vacation vacations vacay time_off days_off day_off paid_leave annual_leave pto
    sabbatical long_weekend long_weekends bank_holiday`,
    `congé congés vacances rtt jours_off jour_off repos récup récupération sabbatique
    congé_payé congés_payés jours_de_congé`,
  ),
  concept(
    'workplace',
    'workplace',
    'locaux',
    `open_space open-space open_plan open-plan workspace workspaces office_space nice_office
    new_office quiet_room ergonomic ergonomics standing_desk noisy`,
    `locaux open_space open-space espace_de_travail cadre_de_travail bruit bruyant
    bruyante ergonomie ergonomique fauteuil siège_ergonomique lumineux`,
  ),
  concept(
    'food',
    'food',
    'repas',
    `free_coffee good_coffee coffee_machine coffee_breaks snacks free_snacks free_food free_lunch lunches
    canteen cafeteria breakfast breakfasts croissants pastries fruit_basket team_lunch team_lunches`,
    `café cafés machine_à_café pause_café cantine déjeuner déjeuners dej déj repas resto restau
    petit-déj petit-déjeuner croissants viennoiseries goûter corbeille_de_fruits fruits`,
  ),
  concept(
    'atmosphere',
    'atmosphere',
    'ambiance',
    `vibe vibes good_vibes good_mood fun laugh laughs laughing laughter humour humor banter camaraderie
    good_atmosphere great_atmosphere nice_atmosphere friendly_atmosphere jokes joking`,
    `ambiance atmosphère bonne_ambiance bonne_humeur humeur rire rires rigoler rigole marrer
    blagues blague humour convivialité convivial conviviale chaleureux chaleureuse`,
  ),
];
