export { chooseDistantClass, type TermsOf, termDistance, termsOf } from './classes/chooseDistantClass.ts';
export type { ClassChoice, ClassesState, ClassRound, LostSeat, MiniClass } from './classes/classTypes.ts';
export {
  type ProposedClass,
  type ProposedRound,
  proposeSchedule,
  type ScheduleOptions,
  type TeachingGroup,
} from './classes/proposeSchedule.ts';
export { readClassesFor } from './classes/readClassesFor.ts';
export {
  resolveSignUps,
  type SignUpClass,
  type SignUpEntry,
  type SignUpOutcome,
  type SignUpRefusal,
} from './classes/resolveSignUps.ts';
export { type OwnRound, selectOwnRounds } from './classes/selectOwnRounds.ts';
export type { ClassDetails, ScheduleProposal } from './commands/classScheduleCommands.ts';
export type { EvaluationInput } from './commands/evaluationCommands.ts';
export type { RubricInput } from './commands/evaluationSetupCommands.ts';
export type { GroupDraft } from './commands/groupingCommands.ts';
export type { MatchWeightTarget } from './commands/matchingSettingsCommands.ts';
export type { AnswerInput } from './commands/participantCommands.ts';
export type { SessionSeed } from './commands/sessionCommands.ts';
export type { FeedbackWording } from './commands/sessionFeedbackCommands.ts';
export { type RegroupChoice, selectCreationGrouping } from './commands/syncProductions.ts';
export type { TemplateFieldInput } from './commands/templateCommands.ts';
export type { TimerScope } from './commands/timerCommands.ts';
export type { WarmupItemInput } from './commands/warmupCommands.ts';
export { countUnpublishedChanges } from './countUnpublishedChanges.ts';
export { type AnonymousAnswersStore, createAnonymousAnswersStore } from './createAnonymousAnswersStore.ts';
export { createParticipantStore, type ParticipantCommands } from './createParticipantStore.ts';
export { createSessionStore, type SessionCommands, type SessionStore } from './createSessionStore.ts';
export { assignReviewers, type ReviewedProduction, splitReviews } from './evaluation/assignReviewers.ts';
export {
  EVALUATION_REACTION_KINDS,
  type EvaluationReactionKind,
} from './evaluation/evaluationLayout.ts';
export { EVALUATION_LIMITS } from './evaluation/evaluationLimits.ts';
export type {
  Evaluation,
  EvaluationMode,
  EvaluationSettings,
  EvaluationState,
  Rubric,
  RubricCriterion,
} from './evaluation/evaluationTypes.ts';
export { readEvaluationFor } from './evaluation/readEvaluationFor.ts';
export { getRubricPresets, type RubricPreset } from './evaluation/rubricPresets.ts';
export {
  type EvaluationAssignments,
  selectEvaluationAssignments,
} from './evaluation/selectEvaluationAssignments.ts';
export {
  type EvaluationProgress,
  type EvaluationTask,
  selectEvaluationProgress,
} from './evaluation/selectEvaluationProgress.ts';
export {
  type CriterionResult,
  type EvaluationAudience,
  type EvaluationComment,
  type EvaluationResults,
  selectEvaluationResults,
} from './evaluation/selectEvaluationResults.ts';
export {
  type CommentThread,
  type ReactionCount,
  selectCommentThreads,
  selectProductionFeedback,
  selectReactionCounts,
} from './feedbackSelectors.ts';
export { type ClassCommandSet, openClassCommands } from './openClassCommands.ts';
export { type EvaluationCommandSet, openEvaluationCommands } from './openEvaluationCommands.ts';
export { type FeedbackCommandSet, openFeedbackCommands } from './openFeedbackCommands.ts';
export {
  openSessionFeedbackCommands,
  type SessionFeedbackCommandSet,
} from './openSessionFeedbackCommands.ts';
export type { SessionStoreOptions } from './openSessionStore.ts';
export type { WordsByAuthor } from './page/countWordsByAuthor.ts';
export {
  createPageStore,
  type PageCommands,
  type PageState,
  type PageStore,
  type PageStoreOptions,
} from './page/createPageStore.ts';
export type { FieldBlock, ListItemBlock, TextRun } from './page/FieldBlock.ts';
export { isEmptyBlocks, readFieldBlocks } from './page/readFieldBlocks.ts';
export type { ProductionPage } from './page/readProductionPage.ts';
export { type PageProduction, selectPageProductions } from './page/selectPageProductions.ts';
export { afterNextPaint } from './production/afterNextPaint.ts';
export { countWords, readFragmentText } from './production/countFragmentWords.ts';
export {
  createProductionStore,
  FILLED_FIELD_WORDS,
  type FieldProgress,
  type ProductionContent,
  type ProductionStore,
  type ProductionStoreOptions,
} from './production/createProductionStore.ts';
export { readFeedbackFor } from './readFeedbackFor.ts';
export { readSnapshot } from './readSnapshot.ts';
export { CommandError, type CommandErrorCode } from './schema/CommandError.ts';
export { CLASS_LIMITS } from './schema/classLimits.ts';
export { FROM_ANSWERS_FIELD_ID, fieldFragmentName, ROLE_NAMES } from './schema/creationLayout.ts';
export type {
  CreationState,
  Production,
  RoleName,
  SeedQuote,
  TemplateField,
  Timer,
} from './schema/creationTypes.ts';
export { REACTION_KINDS, type ReactionKind } from './schema/feedbackLayout.ts';
export type { Comment, FeedbackState, ProductionFeedback } from './schema/feedbackTypes.ts';
export {
  asCommentId,
  asParticipantId,
  asQuestionId,
  asSessionId,
  asWarmupItemId,
  type CommentId,
  type ParticipantId,
  type QuestionId,
  type SessionId,
  type WarmupItemId,
} from './schema/ids.ts';
export { LANGUAGES, type Language, LIMITS } from './schema/limits.ts';
export { migrateControl, migrateRoom, SCHEMA_VERSION } from './schema/migrations.ts';
export type { PageSettings } from './schema/pageTypes.ts';
export { isPhase, PHASES, type Phase } from './schema/phases.ts';
export { getProfileFieldPresets } from './schema/profileFieldPresets.ts';
export { fitsProfileField, type ProfileField } from './schema/profileFields.ts';
export { readAnonymousAnswers } from './schema/readAnonymousAnswers.ts';
export { timerRemaining } from './schema/readCreation.ts';
export { DEFAULT_MATCHING_SETTINGS } from './schema/readMatchingSettings.ts';
export { readSessionFeedbackForm } from './schema/readSessionFeedbackForm.ts';
export type {
  AnonymousAnswer,
  SessionFeedbackForm,
  SessionFeedbackResults,
} from './schema/sessionFeedbackTypes.ts';
export type {
  Actor,
  Answer,
  CommandOrigin,
  Group,
  Grouping,
  GroupingKind,
  GroupSizes,
  MatchingSettings,
  Question,
  RosterEntry,
  SessionSnapshot,
  WarmupItem,
} from './schema/types.ts';
export {
  selectActiveQuestion,
  selectAllAnswersTo,
  selectAnswersTo,
  selectIsRemoved,
  selectOwnAnswer,
  selectOwnGroups,
  selectPublishedGroupCount,
} from './selectors.ts';
export { selectSessionFeedbackResults } from './selectSessionFeedbackResults.ts';
