/** A session as the directory stores it: its join code, title, language and the facilitator key's hash. */
export interface SessionRow {
  id: string;
  code: string;
  title: string;
  language: string;
  facilitatorKeyHash: string;
  createdAt: number;
  closedAt: number | null;
}
