import type { ParticipantId, SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { WhatNow } from '../../components/WhatNow.tsx';
import { selectWhatNow } from './selectWhatNow.ts';

/** The "what now" line of the participant's current step, when that step is waiting on someone else. */
export function ParticipantWhatNow({
  snapshot,
  participantId,
}: {
  snapshot: SessionSnapshot;
  participantId: ParticipantId;
}) {
  const { t } = useTranslation();
  const key = selectWhatNow(snapshot, participantId);
  return key ? <WhatNow>{t(`whatNow.${key}`)}</WhatNow> : null;
}
