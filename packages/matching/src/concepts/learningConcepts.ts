import { type ConceptEntry, concept } from './conceptEntry.ts';

/** Learning at work: tools, tutorials, asking others, trying, reading, courses, practice. */
export const learningConcepts: readonly ConceptEntry[] = [
  concept(
    'tool',
    'tools',
    'outils',
    'tool tools erp crm',
    'outil outils logiciel logiciels appli applis application applications plateforme plateformes erp crm',
  ),
  concept(
    'learning',
    'learning',
    'apprentissage',
    'learn learning learned learnt',
    'apprendre apprentissage appris apprends étudier',
  ),
  concept(
    'video',
    'videos',
    'vidéos',
    `video videos vids vid youtube youtuber youtubers tutorial tutorials tuto tutos screencast recordings
    screen_recordings loom tiktok clip clips playlist channel walkthrough walkthroughs`,
    `vidéo vidéos youtube youtubeur youtubeuse tuto tutos tutoriel tutoriels capsule capsules chaîne
    playlist enregistré enregistrés enregistrement tiktok`,
  ),
  concept(
    'asking',
    'asking',
    'demander',
    'ask asking asks asked bug bugging',
    'demander demande demandé demandée demandes poser question questions harceler harcèle',
  ),
  concept(
    'mentor',
    'mentor',
    'mentor',
    `mentor mentoring mentors shadow shadowing pair_up pairing over_the_shoulder shows_me
    show_me explains explain demo buddy`,
    `mentor mentorat tuteur tutrice coach binôme montrer montre explique expliquer observer observe démo
    par_dessus_l_épaule`,
  ),
  concept(
    'trial',
    'experimenting',
    'essai-erreur',
    `trial_and_error trial try trying tinker tinkering fiddle fiddling play_around playing_around experiment
    experimenting explore exploring messing click clicking buttons sandbox improvise figure_out poke
    mistakes`,
    `essai_erreur essai essayer bidouiller bidouille bidouillant tripatouiller tâtonner tâtonnant
    expérimenter explorer explore cliquer clique boutons casser bac_à_sable improvise improviser
    débrouiller débrouille plonge planter plantant tester teste erreurs erreur`,
  ),
  concept(
    'documentation',
    'documentation',
    'documentation',
    `doc docs documentation manual manuals guide guides user_guide instructions faq help_pages
    knowledge_base cheat_sheet readme release_notes rtfm`,
    `doc docs documentation documents manuel manuels guide guides guide_utilisateur instructions faq
    pages_d_aide base_de_connaissances notice mode_d_emploi fiche_mémo wiki notes_de_version`,
  ),
  concept(
    'course',
    'training',
    'formation',
    `training trainings course courses workshop workshops trainer trainers instructor
    instructor-led lesson lessons bootcamp mooc e-learning elearning certification academy classroom
    webinar webinars`,
    `formation formations cours atelier ateliers formateur formatrice formateurs stage classe leçon leçons
    bootcamp mooc e-learning certifiante certification académie webinaire webinaires`,
  ),
  concept(
    'practice',
    'practice',
    'pratique',
    `practice practise practising hands-on hands_on on_the_job real actual concrete use_case daily_work
    learning_by_doing`,
    `pratique pratiquer pratiquant concret concrète concrets réel réelle réels sur_le_tas cas_concret
    appliquer quotidien apprendre_en_faisant`,
  ),
  concept(
    'project',
    'project',
    'projet',
    'project projects deliverable deliverables mission missions assignment',
    'projet projets livrable livrables mission missions',
  ),
  concept(
    'files',
    'files',
    'fichiers',
    'spreadsheet spreadsheets',
    'fichier fichiers tableau tableaux excel rapport rapports dossier dossiers',
  ),
];
