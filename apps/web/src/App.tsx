import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';

const HomeScreen = lazy(() => import('./routes/home/HomeScreen.tsx'));
const JoinScreen = lazy(() => import('./routes/join/JoinScreen.tsx'));
const ParticipantScreen = lazy(() => import('./routes/participant/ParticipantScreen.tsx'));
const FacilitatorScreen = lazy(() => import('./routes/facilitator/FacilitatorScreen.tsx'));
const ProjectorScreen = lazy(() => import('./routes/projector/ProjectorScreen.tsx'));

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={null}>
        <Routes>
          <Route path="/" element={<HomeScreen />} />
          <Route path="/j/:code" element={<JoinScreen />} />
          <Route path="/s/:id" element={<ParticipantScreen />} />
          <Route path="/f/:id" element={<FacilitatorScreen />} />
          <Route path="/p/:id" element={<ProjectorScreen />} />
          <Route path="*" element={<HomeScreen />} />
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
