import { lazy, Suspense } from 'react';
import { loadCreateMessages, loadFacilitatorMessages } from './i18n/setupI18n.ts';
import { type RouteDefinition, Router } from './router/Router.tsx';

/** A screen that a participant's phone never shows comes with the messages only such screens use. */
const withFacilitatorMessages = <T,>(screen: Promise<T>): Promise<T> =>
  Promise.all([screen, loadFacilitatorMessages()]).then(([module]) => module);

const HomeScreen = lazy(() => withFacilitatorMessages(import('./routes/home/HomeScreen.tsx')));
const JoinScreen = lazy(() => withFacilitatorMessages(import('./routes/join/JoinScreen.tsx')));
const ParticipantScreen = lazy(() => import('./routes/participant/ParticipantScreen.tsx'));
const FacilitatorScreen = lazy(() =>
  withFacilitatorMessages(import('./routes/facilitator/FacilitatorScreen.tsx')),
);
const ProjectorScreen = lazy(() => withFacilitatorMessages(import('./routes/projector/ProjectorScreen.tsx')));
// The page shows roles and, for members, the step-4 editor: it comes with those messages too.
const PageScreen = lazy(() =>
  Promise.all([import('./routes/page/PageScreen.tsx'), loadCreateMessages()]).then(([module]) => module),
);

const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomeScreen /> },
  { path: '/j/:code', render: () => <JoinScreen /> },
  { path: '/s/:id', render: () => <ParticipantScreen /> },
  { path: '/f/:id', render: () => <FacilitatorScreen /> },
  { path: '/p/:id', render: () => <ProjectorScreen /> },
  { path: '/g/:id', render: () => <PageScreen /> },
];

export function App() {
  return (
    <Suspense fallback={null}>
      <Router routes={routes} fallback={() => <HomeScreen />} />
    </Suspense>
  );
}
