import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Growing at work: skills, challenges, variety of tasks, the feeling of getting things done. */
export const growthConcepts: readonly ConceptEntry[] = [
  concept(
    'skills',
    'skills',
    'compétences',
    `skill skills skillset skill_set upskill upskilling reskilling competence competences competencies
    know-how expertise personal_growth professional_growth personal_development professional_development
    self-development self_improvement grow_professionally learning_curve level_up levelling_up new_skills`,
    `compétence compétences montée_en_compétences monter_en_compétences monter_en_compétence savoir-faire
    savoir_faire développement_personnel développement_professionnel progresser progresse progression
    grandir évoluer évolue faire_évoluer se_développer`,
  ),
  concept(
    'challenge',
    'challenge',
    'défi',
    `challenge challenges challenging challenged stretch_goals stretch_assignment problem-solving
    problem_solving solving_problems solve_problems hard_problems tough_problems complex_problems puzzles
    intellectually stimulating stimulation`,
    `défi défis challenge challenges challengeant challengeante challengé stimulant stimulante stimulants
    stimulation relever casse-tête complexe complexes complexité résoudre résolution_de_problèmes
    problèmes_complexes`,
  ),
  concept(
    'variety',
    'variety',
    'variété',
    `variety varied diversity_of_tasks different_tasks different_projects routine repetitive repetition
    monotonous monotony boring boredom bored same_thing_every_day novelty`,
    `variété varié variée variés variées diversifié diversifiées diversité_des_tâches tâches_variées
    routine répétitif répétitive répétitives répétition monotone monotonie ennui ennuie ennuyeux
    lassitude nouveauté`,
  ),
  concept(
    'achievement',
    'achievement',
    'accomplissement',
    `achievement achievements accomplishment accomplishments accomplished achieve achieved achieving
    sense_of_achievement sense_of_accomplishment milestone milestones shipped ship_it shipping_features
    getting_things_done gets_done finished_product finishing completing tangible_results`,
    `accomplissement accompli accomplie réussite réussites réussir réussi réussie succès aboutir abouti
    aboutie aboutissement livré livrer concrétiser
    concrétisation`,
  ),
];
