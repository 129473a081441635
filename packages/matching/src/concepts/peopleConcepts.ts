import { type ConceptEntry, concept } from './conceptEntry.ts';

/** People at work: hierarchy, colleagues, customers, newcomers, support functions. */
export const peopleConcepts: readonly ConceptEntry[] = [
  concept(
    'manager',
    'manager',
    'manager',
    `boss bosses manager managers supervisor supervisors line_manager director directors ceo cfo coo n+1
    nplusun superior superiors hierarchy executive executives exec head_of team_lead leadership`,
    `chef cheffe chefs manager managers manageuse directeur directrice directeurs direction dirigeant
    dirigeants patron patronne boss supérieur supérieure hiérarchie pdg dg n+1 nplusun encadrement codir
    responsable_hiérarchique`,
  ),
  concept(
    'colleague',
    'colleagues',
    'collègues',
    `colleague colleagues coworker coworkers co-worker co-workers teammate teammates peer peers workmate
    workmates buddies mates`,
    `collègue collègues coéquipier coéquipière coéquipiers pair pairs copain copains copine copines
    collaborateur collaboratrice collaborateurs`,
  ),
  concept(
    'team',
    'team',
    'équipe',
    `team squad crew team_spirit teamwork together collaboration collaborate collaborating collaborative
    cooperation cooperate working_together work_together`,
    `équipe équipes esprit_d_équipe collectif ensemble solidarité cohésion collaboration collaborer
    collaboratif coopération coopérer travailler_ensemble travail_d_équipe`,
  ),
  concept(
    'customer',
    'customers',
    'clients',
    `client clients customer customers end_user end_users patient patients shopper shoppers buyer buyers
    consumer consumers`,
    `client clients cliente clientes usager usagers utilisateur utilisatrice utilisateurs utilisatrices
    patient patients acheteur acheteurs consommateur consommateurs`,
  ),
  concept(
    'complaint',
    'complaints',
    'réclamations',
    `complaint complaints complaining angry_customer angry_customers unhappy_customer difficult_customer
    difficult_customers rude_customers escalation escalations`,
    `plainte plaintes réclamation réclamations râler râle râlent mécontent mécontente mécontents
    client_difficile clients_difficiles client_mécontent clients_mécontents insatisfait insatisfaits`,
  ),
  concept(
    'partner',
    'partners',
    'partenaires',
    'supplier suppliers partner partners vendor vendors contractor contractors',
    'fournisseur fournisseurs partenaire partenaires prestataire prestataires sous-traitant',
  ),
  concept(
    'hr',
    'human resources',
    'RH',
    'hr human_resources recruiter recruiters people_team',
    'rh ressources_humaines drh recruteur recruteuse',
  ),
  concept(
    'newcomer',
    'newcomers',
    'intégration',
    `newcomer newcomers new_hire new_hires new_joiners junior juniors intern interns trainee trainees
    onboarding apprentice welcomed welcoming welcome_pack welcome_day`,
    `nouveaux_arrivants nouvel_arrivant arrivant arrivants stagiaire stagiaires alternant alternants junior
    juniors intégration accueil accueilli accueillie accueillir les_nouveaux apprenti apprentie`,
  ),
  concept(
    'expert',
    'experts',
    'experts',
    'expert experts specialist specialists power_user power_users guru champion pro pros',
    'expert experte experts spécialiste spécialistes référent référente référents pro calé',
  ),
];
