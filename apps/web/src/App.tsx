import { lazy, Suspense } from 'react';
import { type RouteDefinition, Router } from './router/Router.tsx';

const HomeScreen = lazy(() => import('./routes/home/HomeScreen.tsx'));
const JoinScreen = lazy(() => import('./routes/join/JoinScreen.tsx'));
const ParticipantScreen = lazy(() => import('./routes/participant/ParticipantScreen.tsx'));
const FacilitatorScreen = lazy(() => import('./routes/facilitator/FacilitatorScreen.tsx'));
const ProjectorScreen = lazy(() => import('./routes/projector/ProjectorScreen.tsx'));

const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomeScreen /> },
  { path: '/j/:code', render: () => <JoinScreen /> },
  { path: '/s/:id', render: () => <ParticipantScreen /> },
  { path: '/f/:id', render: () => <FacilitatorScreen /> },
  { path: '/p/:id', render: () => <ProjectorScreen /> },
];

export function App() {
  return (
    <Suspense fallback={null}>
      <Router routes={routes} fallback={() => <HomeScreen />} />
    </Suspense>
  );
}
