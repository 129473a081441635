import { type ConceptEntry, concept } from './conceptEntry.ts';

/** How the organisation runs: strategy, change, means, processes, quality, fairness, inclusion, conflict, hazards. */
export const organisationConcepts: readonly ConceptEntry[] = [
  concept(
    'strategy',
    'strategy',
    'stratégie',
    ' strategy strategic roadmap big_picture where_we_are_going company_direction',
    'vision stratégie stratégique stratégiques cap feuille_de_route long_terme où_on_va',
  ),
  concept(
    'change',
    'change',
    'changement',
    `reorganization reorganisation reorg reorgs restructuring merger mergers change_management
    constant_change too_many_changes layoffs`,
    `changement changements réorganisation réorganisations réorg restructuration fusion transformation
    conduite_du_changement plan_social licenciements`,
  ),
  concept(
    'means',
    'resources',
    'moyens',
    `budget budgets headcount lack_of_resources enough_resources more_resources understaffing
    short-staffed short_staffed`,
    'moyens manque_de_moyens budget budgets effectifs ressources financement postes_non_remplacés',
  ),
  concept(
    'bureaucracy',
    'red tape',
    'lourdeurs administratives',
    `bureaucracy bureaucratic paperwork red_tape administrative approvals sign-offs
    too_many_processes`,
    `bureaucratie bureaucratique paperasse paperasserie administratif administrative admin lourdeur lourdeurs
    procédure procédures process processus circuit_de_validation`,
  ),
  concept(
    'quality',
    'quality',
    'qualité',
    `quality high_quality quality_work craftsmanship well-crafted attention_to_detail high_standards
    work_well_done job_well_done`,
    `qualité travail_bien_fait bien_fait exigence exigeant rigueur rigoureux soigné minutie`,
  ),
  concept(
    'fairness',
    'fairness',
    'équité',
    ` fairness unfair unfairly unfairness equitable injustice favoritism favouritism
    equal_treatment double_standards`,
    'équité équitable injuste injustice injustices favoritisme deux_poids_deux_mesures traitement_égal',
  ),
  concept(
    'inclusion',
    'inclusion',
    'inclusion',
    `inclusion inclusive diversity discrimination discriminated racism racist sexism sexist gender_equality
    equal_pay parity belonging disability disabilities lgbt lgbtq`,
    `inclusion inclusif inclusive diversité discrimination discriminations discriminé racisme raciste
    sexisme sexiste égalité parité égalité_salariale handicap appartenance lgbt`,
  ),
  concept(
    'conflict',
    'conflict',
    'conflits',
    `conflict conflicts tension tensions friction toxic bullying bullied harassment disputes clashes
    power_games office_politics`,
    `conflit conflits tension tensions clash clashs dispute disputes engueulade engueulades embrouille
    embrouilles friction frictions toxique harcèlement drama guerre_d_ego politique_interne`,
  ),
  concept(
    'hazard',
    'workplace safety',
    'sécurité',
    `hazard hazards ppe health_and_safety near_miss workplace_accident safety_rules
    safety_gear hard_hat`,
    `accident accidents blessure blessures epi casque risques_professionnels sécurité_au_travail
    consignes_de_sécurité presqu_accident`,
  ),
];
