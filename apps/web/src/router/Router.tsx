import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { matchRoute, type RouteParams } from './matchRoute.ts';

interface RouterState {
  path: string;
  params: RouteParams;
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const RouterContext = createContext<RouterState | null>(null);

export interface RouteDefinition {
  path: string;
  render: () => ReactNode;
}

/**
 * The few things the app needs from a router (five routes, one parameter each), in a few
 * hundred bytes instead of a library on the participant's phone.
 */
export function Router({
  routes,
  fallback,
}: {
  routes: readonly RouteDefinition[];
  fallback: () => ReactNode;
}) {
  const [path, setPath] = useState(() => location.pathname);
  useEffect(() => {
    const onPopState = () => setPath(location.pathname);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback((to: string, options?: { replace?: boolean }) => {
    if (options?.replace) history.replaceState(null, '', to);
    else history.pushState(null, '', to);
    setPath(location.pathname);
    window.scrollTo(0, 0);
  }, []);
  const matched = useMemo(() => {
    for (const route of routes) {
      const params = matchRoute(route.path, path);
      if (params) return { route, params };
    }
    return null;
  }, [routes, path]);
  const state = useMemo(() => ({ path, params: matched?.params ?? {}, navigate }), [path, matched, navigate]);
  return (
    <RouterContext.Provider value={state}>
      {matched ? matched.route.render() : fallback()}
    </RouterContext.Provider>
  );
}

function useRouter(): RouterState {
  const state = useContext(RouterContext);
  if (!state) throw new Error('useRouter outside <Router>');
  return state;
}

export const useNavigate = () => useRouter().navigate;
export const useParams = () => useRouter().params;
