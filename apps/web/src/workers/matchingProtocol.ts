import type {
  DiverseResult,
  DiversityReport,
  GroupSizeBounds,
  ProfileField,
  ThematicInput,
  ThematicResult,
} from '@peerloom/matching';

/** A thematic grouping, for the worker that holds the NLP model. */
export type ThematicRequest = {
  id: number;
  kind: 'thematic';
  inputs: ThematicInput[];
  seed: number;
  sizes: GroupSizeBounds;
  locked: Record<string, number>;
  weights: { texts: number[]; tags: number; criteria: Record<string, number> };
  language: 'en' | 'fr';
};

/** A profile-based grouping or its diversity figures, for the worker that holds no model. */
export type DiversityRequest =
  | {
      id: number;
      kind: 'diverse';
      participants: { participantId: string; profile: Record<string, string | number | null> }[];
      fields: ProfileField[];
      seed: number;
      sizes: GroupSizeBounds;
      locked: Record<string, number>;
    }
  | {
      id: number;
      kind: 'describeDiversity';
      participants: { participantId: string; profile: Record<string, string | number | null> }[];
      fields: ProfileField[];
      groups: { members: string[] }[];
      seed: number;
      /** Participant ids locked in their group. */
      locked: string[];
    };

export type MatchingRequest = ThematicRequest | DiversityRequest;

export type MatchingResponse =
  | { id: number; ok: true; kind: 'thematic'; result: ThematicResult; ms: number }
  | { id: number; ok: true; kind: 'diverse'; result: DiverseResult; ms: number }
  | { id: number; ok: true; kind: 'describeDiversity'; report: DiversityReport; ms: number }
  | { id: number; ok: false; error: string };
