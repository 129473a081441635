export { answerTerms } from './answerTerms.ts';
export { chooseGroupCount } from './chooseGroupCount.ts';
export { createMatcher, type Matcher } from './createMatcher.ts';
export {
  type DescribeDiversityOptions,
  type DiversityReport,
  describeDiversity,
} from './describeDiversity.ts';
export { type DiverseOptions, type DiverseResult, diverseGroups } from './diverseGroups.ts';
export { defaultGroupSizeBounds, type GroupSizeBounds } from './groupSizeBounds.ts';
export type { ProfileField, ProfileParticipant } from './profileDistances.ts';
export type { AnswerLanguage, TextAnalyzer, TextAnalyzerOptions } from './textAnalyzer.ts';
export {
  type ThematicGroup,
  type ThematicInput,
  type ThematicOptions,
  type ThematicResult,
  thematicGroups,
} from './thematicGroups.ts';
export { defaultThematicMethod, type ThematicMethod } from './thematicMethod.ts';
