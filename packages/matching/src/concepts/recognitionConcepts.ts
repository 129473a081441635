import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Recognition, reward and trust at work. */
export const recognitionConcepts: readonly ConceptEntry[] = [
  concept(
    'recognition',
    'recognition',
    'reconnaissance',
    'recognition recognised recognized valued acknowledged acknowledgement appreciated appreciation',
    'reconnaissance reconnu reconnue reconnus valorisé valorisée valorisation considéré considérée',
  ),
  concept(
    'thanks',
    'thanks',
    'remerciements',
    'thank thanks thanked thankful thank-you grateful gratitude kudos shoutout shoutouts shout-out',
    `merci remercier remercié remerciée remerciements remerciement reconnaissant reconnaissante gratitude
    kudos shoutout shoutouts`,
  ),
  concept(
    'praise',
    'praise',
    'félicitations',
    `praise praised praising compliment compliments complimented congrats congratulated congratulations
    well_done good_job great_job great_work bravo proud`,
    `félicitations féliciter félicité félicitée félicités compliment compliments complimenté saluer salué
    saluée bravo fier fière bon_boulot bon_travail excellent_travail`,
  ),
  concept(
    'promotion',
    'promotion',
    'promotion',
    'promotion promoted promote title grade career senior seniority',
    'promotion promu promue promus évolution échelon titre carrière senior',
  ),
  concept(
    'pay',
    'pay',
    'salaire',
    `raise raises pay pay_rise salary salaries bonus bonuses money wage wages paycheck compensation
    company_car well_paid better_paid underpaid paid_well pay_raise pay_increase salary_increase`,
    `augmentation augmenté augmentée augmenter salaire salaires prime primes rémunération paie paye argent
    fric thune voiture_de_fonction bien_payé bien_payée mal_payé mal_payée sous-payé payé payée
    salariale salariales rémunéré`,
  ),
  concept(
    'contract',
    'contract',
    'contrat',
    'contract contracts permanent cdi cdd tenure temp',
    'contrat contrats cdi cdd titularisation titularisé titularisée',
  ),
  concept(
    'trust',
    'trust',
    'confiance',
    'trust trusted trusting confidence entrusted',
    'confiance confié confiée confier confie',
  ),
  concept(
    'autonomy',
    'autonomy',
    'autonomie',
    `autonomy autonomous freedom free_hand on_my_own own_way carte_blanche leeway latitude
    self-directed self-organised self-organized no_micromanagement micromanagement micromanaging micromanaged
    micromanager micromanage breathing_down_my_neck`,
    `autonomie autonome liberté libre carte_blanche indépendance seul seule latitude marge_de_manœuvre
    marge_de_manoeuvre micromanagement micro-management flicage fliqué fliquée flique sur_le_dos`,
  ),
  concept(
    'responsibility',
    'responsibility',
    'responsabilité',
    'responsibility responsibilities in_charge put_in_charge ownership steering_committee',
    `responsabilité responsabilités responsable piloter pilote pilotage gérer diriger mener chargé chargée
    représenter`,
  ),
  concept(
    'award',
    'award',
    'prix',
    'award awards awarded prize prizes trophy trophies medal won employee_of_the_month',
    'prix trophée trophées récompense récompensé récompensée médaille lauréat lauréate gagné employé_du_mois',
  ),
  concept(
    'public',
    'public',
    'public',
    `publicly in_public on_stage all-hands all_hands town_hall newsletter spotlight featured showcase showcased
    company-wide conference seminar applause applauded clapped intranet linkedin keynote`,
    `public publiquement scène plénière newsletter honneur mise_en_avant mis_en_avant annoncé congrès
    séminaire applaudi applaudissements convention intranet linkedin devant_tout_le_monde devant_toute`,
  ),
  concept(
    'feedback',
    'feedback',
    'retours',
    'feedback review survey 360',
    'retour retours avis évaluation évaluations enquête commentaire commentaires étoiles feedback',
  ),
  concept(
    'support',
    'support',
    'soutien',
    'supported backed had_my_back covered_for_me',
    'soutien soutenu soutenue soutenir épaulé épaulée entraide remplacé remplacée aidé aidée',
  ),
  concept(
    'celebration',
    'celebration',
    'fête',
    'celebrate celebrated celebration party surprise anniversary cake drinks chocolates card flowers',
    `fête fêter fêté fêtée pot surprise anniversaire gâteau cadeau cadeaux chocolats carte fleurs soirée`,
  ),
];
