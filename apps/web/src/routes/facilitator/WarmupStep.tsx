import type { FacilitatorStepProps } from '../../steps/stepProps.ts';
import { WarmupEditor } from './WarmupEditor.tsx';

/** Step 0 on the facilitator's screen: the warm-up items every device shows. */
export function WarmupStep({ snapshot, store }: FacilitatorStepProps) {
  return <WarmupEditor items={snapshot.warmup} store={store} />;
}
