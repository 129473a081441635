/** How the facilitator arranged the session page. */
export interface PageSettings {
  /** Production ids in the facilitator's order; productions not listed come after, in the session's order. */
  readonly order: readonly string[];
  /** Production ids the facilitator left off the page (participants and viewers do not see them). */
  readonly hidden: Readonly<Record<string, true>>;
}
