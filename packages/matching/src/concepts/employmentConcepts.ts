import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Terms of employment beyond pay: benefits and perks, job security. */
export const employmentConcepts: readonly ConceptEntry[] = [
  concept(
    'benefits',
    'benefits',
    'avantages',
    `perks perk fringe_benefits employee_benefits benefits_package health_insurance insurance pension
    pensions retirement_plan 401k stock_options stock_option rsu rsus meal_vouchers lunch_vouchers vouchers
    gym_membership childcare profit_sharing`,
    `avantages avantage avantages_sociaux mutuelle prévoyance retraite complémentaire_santé tickets_resto
    ticket_resto tickets_restaurant titres-restaurant titres_restaurant carte_swile swile
    comité_d_entreprise cse intéressement épargne_salariale chèques_vacances stock-options stock_options bsa
    participation_aux_bénéfices`,
  ),
  concept(
    'jobsecurity',
    'job security',
    'stabilité',
    `job_security secure_job steady_job stable_job security_of_employment not_worried_about_losing
    fear_of_layoffs`,
    `sécurité_de_l_emploi emploi_stable stabilité stable garantie_de_l_emploi peur_du_licenciement
    fonctionnaire fonction_publique`,
  ),
];
