import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runMatching } from '../../session/runMatching.ts';
import type { MatchingRequest, MatchingResponse } from '../../workers/matchingProtocol.ts';

type Kind = MatchingRequest['kind'];
type RequestOf<K extends Kind> = Omit<Extract<MatchingRequest, { kind: K }>, 'id' | 'kind'>;
type SuccessOf<K extends Kind> = Extract<MatchingResponse, { ok: true; kind: K }>;

/**
 * Runs a grouping of one kind in the matching worker for a step's button: `busy` while it runs, and
 * `failure`, the message to show, when the worker fails. Resolves to the worker's answer, or null.
 */
export function useMatchingRun<K extends Kind>(kind: K) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const request = async (input: RequestOf<K>): Promise<SuccessOf<K> | null> => {
    setBusy(true);
    setFailure(null);
    const response = await runMatching({ ...input, kind } as unknown as Parameters<typeof runMatching>[0]);
    setBusy(false);
    if (!response.ok || response.kind !== kind) {
      setFailure(t('groups.failed'));
      return null;
    }
    return response as SuccessOf<K>;
  };
  return { busy, failure, request };
}
