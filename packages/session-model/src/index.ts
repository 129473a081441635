export type { GroupDraft } from './commands/groupingCommands.ts';
export type { MatchWeightTarget } from './commands/matchingSettingsCommands.ts';
export type { AnswerInput } from './commands/participantCommands.ts';
export type { SessionSeed } from './commands/sessionCommands.ts';
export { type RegroupChoice, selectCreationGrouping } from './commands/syncProductions.ts';
export type { TemplateFieldInput } from './commands/templateCommands.ts';
export type { TimerScope } from './commands/timerCommands.ts';
export type { WarmupItemInput } from './commands/warmupCommands.ts';
export { countUnpublishedChanges } from './countUnpublishedChanges.ts';
export { createParticipantStore, type ParticipantCommands } from './createParticipantStore.ts';
export { createSessionStore, type SessionCommands, type SessionStore } from './createSessionStore.ts';
export type { SessionStoreOptions } from './openSessionStore.ts';
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
export { readSnapshot } from './readSnapshot.ts';
export { CommandError, type CommandErrorCode } from './schema/CommandError.ts';
export { FROM_ANSWERS_FIELD_ID, fieldFragmentName, ROLE_NAMES } from './schema/creationLayout.ts';
export type {
  CreationState,
  Production,
  RoleName,
  SeedQuote,
  TemplateField,
  Timer,
} from './schema/creationTypes.ts';
export {
  asParticipantId,
  asQuestionId,
  asSessionId,
  asWarmupItemId,
  type ParticipantId,
  type QuestionId,
  type SessionId,
  type WarmupItemId,
} from './schema/ids.ts';
export { LANGUAGES, type Language, LIMITS } from './schema/limits.ts';
export { migrateControl, migrateRoom, SCHEMA_VERSION } from './schema/migrations.ts';
export { isPhase, PHASES, type Phase } from './schema/phases.ts';
export {
  fitsProfileField,
  getProfileFieldPresets,
  type ProfileField,
} from './schema/profileFields.ts';
export { timerRemaining } from './schema/readCreation.ts';
export { DEFAULT_MATCHING_SETTINGS } from './schema/readMatchingSettings.ts';
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
