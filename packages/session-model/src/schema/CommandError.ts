export type CommandErrorCode =
  | 'not_allowed'
  | 'not_found'
  | 'title_empty'
  | 'title_too_long'
  | 'name_empty'
  | 'name_too_long'
  | 'question_empty'
  | 'question_too_long'
  | 'answer_empty'
  | 'answer_too_long'
  | 'tag_too_long'
  | 'too_many_tags'
  | 'url_invalid'
  | 'note_too_long'
  | 'profile_invalid'
  | 'profile_out_of_range'
  | 'settings_invalid'
  | 'unsupported_version'
  | 'no_groups'
  | 'field_title_empty'
  | 'field_too_long'
  | 'too_many_fields'
  | 'timer_invalid'
  | 'message_too_long'
  | 'comment_empty'
  | 'comment_too_long'
  | 'comments_closed'
  | 'too_many_comments'
  | 'class_full'
  | 'class_teaching'
  | 'schedule_unpublished'
  | 'capacity_invalid'
  | 'round_times_invalid'
  | 'rubric_size'
  | 'rubric_text_empty'
  | 'rubric_text_too_long'
  | 'evaluation_started'
  | 'not_assigned'
  | 'evaluation_incomplete'
  | 'evaluation_comment_too_long';

/** A command refused its input; `code` is stable so the UI can show a translated message. */
export class CommandError extends Error {
  constructor(readonly code: CommandErrorCode) {
    super(code);
    this.name = 'CommandError';
  }
}
