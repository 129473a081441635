export { CreateView } from './CreateView.tsx';
export { MatchView } from './MatchView.tsx';
export { MixView } from './MixView.tsx';
export { ShareView } from './ShareView.tsx';
export { WarmupView } from './WarmupView.tsx';
