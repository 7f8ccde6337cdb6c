import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { canAccess, type ModuleManifest, type ModulePageProps, type ModuleRoute } from '@luotsi/shell-contract';
import { loadModule, type RegisteredModule } from '../registry';
import { useArea, useShell } from '../shell-context';
import { joinPath } from '../paths';
import { markTextsPartLoaded, moduleTextsLoader, textsPartLoaded } from '../module-texts';
import { ErrorBoundary } from './ErrorBoundary';
import { Forbidden, Loading, NotFound, SignInRequired, Unavailable } from './StatusPanels';
import { useDocumentTitle } from './useDocumentTitle';
import { focusHeadingWhenReady } from './useFocusOnNavigation';

type ModuleState = { status: 'loading' } | { status: 'ready'; manifest: ModuleManifest } | { status: 'failed' };

const pages = new Map<ModuleRoute['load'], LazyExoticComponent<ComponentType<ModulePageProps>>>();
function lazyPage(route: ModuleRoute) {
  let page = pages.get(route.load);
  if (!page) pages.set(route.load, (page = lazy(route.load)));
  return page;
}

/** Loads a module's remote, validates it and loads its texts; `attempt` changes on "try again". */
function useModule(module: RegisteredModule, attempt: number): ModuleState {
  const { i18n } = useShell();
  const { area } = useArea();
  const key = `${module.id}#${area}#${attempt}`;
  // The result belongs to the load that produced it; a newer key means loading again.
  const [result, setResult] = useState<{ key: string; state: ModuleState } | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadModule(module)
      .then(async (manifest) => {
        await i18n.addNamespace(manifest.i18n.namespace, moduleTextsLoader(manifest, area));
        markTextsPartLoaded(manifest, area);
        if (!cancelled) setResult({ key, state: { status: 'ready', manifest } });
      })
      .catch((error: unknown) => {
        console.error(`module ${module.id} is unavailable`, error);
        if (!cancelled) setResult({ key, state: { status: 'failed' } });
      });
    return () => {
      cancelled = true;
    };
  }, [module, i18n, key, area]);
  return result?.key === key ? result.state : { status: 'loading' };
}

function ModuleRoutes({ manifest }: { manifest: ModuleManifest }) {
  const { area, language, root } = useArea();
  const { sessions } = useShell();
  const definition = manifest.areas[area];
  const session = sessions[area];
  const viewer = { signedIn: session !== null, roles: session?.roles ?? [] };
  if (!definition) return <NotFound />;
  const base = joinPath(root, definition.basePath);
  const props: ModulePageProps = { language, area, to: (path: string) => joinPath(base, path) };
  return (
    <Switch>
      {definition.routes.map((route) => {
        const Page = lazyPage(route);
        return (
          <Route key={route.path} path={route.path === '' ? '/' : `/${route.path}`}>
            <RouteTitle namespace={manifest.i18n.namespace} titleKey={route.titleKey} />
            {canAccess(route.access, viewer, area === 'staff' ? manifest.requiredRoles : undefined) ? (
              <Suspense fallback={<Loading />}>
                {route.texts ? (
                  <PageTexts manifest={manifest} part={route.texts}>
                    <Page {...props} />
                  </PageTexts>
                ) : (
                  <Page {...props} />
                )}
              </Suspense>
            ) : viewer.signedIn ? (
              <Forbidden />
            ) : (
              <SignInRequired />
            )}
          </Route>
        );
      })}
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

/**
 * Loads the page's own part of the module's texts (the route's `texts`) before the page renders.
 * A part that cannot be loaded is an error the module's boundary turns into "unavailable".
 */
function PageTexts({ manifest, part, children }: { manifest: ModuleManifest; part: string; children: ReactNode }) {
  const { i18n } = useShell();
  const [state, setState] = useState<{ part: string; error?: unknown } | null>(null);
  const loaded = textsPartLoaded(manifest, part);
  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    i18n.addNamespace(manifest.i18n.namespace, moduleTextsLoader(manifest, part)).then(
      () => {
        markTextsPartLoaded(manifest, part);
        if (!cancelled) setState({ part });
      },
      (error: unknown) => {
        if (!cancelled) setState({ part, error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [i18n, manifest, part, loaded]);
  if (state?.part === part && state.error) throw state.error;
  if (!loaded && state?.part !== part) return <Loading />;
  return <>{children}</>;
}

function RouteTitle({ namespace, titleKey }: { namespace: string; titleKey: string }) {
  const { i18n } = useShell();
  useDocumentTitle(i18n.instance.t(titleKey, { ns: namespace }));
  return null;
}

export function ModuleOutlet({ module }: { module: RegisteredModule }) {
  const [attempt, setAttempt] = useState(0);
  const state = useModule(module, attempt);
  // "Try again" returns a promise that settles when the attempt does: the button shows it is busy.
  const settleRetry = useRef<(() => void) | null>(null);
  const retry = useMemo(
    () => () =>
      new Promise<void>((resolve) => {
        settleRetry.current = resolve;
        setAttempt((a) => a + 1);
      }),
    [],
  );
  useEffect(() => {
    if (state.status !== 'loading') settleRetry.current?.();
  }, [state.status]);
  const outlet = useRef<HTMLDivElement>(null);
  // After "try again" succeeds, the panel (and its focused button) is gone: focus the new page's h1.
  useEffect(() => {
    if (attempt > 0 && state.status === 'ready' && outlet.current) return focusHeadingWhenReady(outlet.current);
  }, [attempt, state.status]);
  // While retrying, the panel stays (same element, so keyboard focus stays on its button).
  if (state.status === 'loading') return attempt > 0 ? <Unavailable onRetry={retry} /> : <Loading />;
  if (state.status === 'failed') return <Unavailable onRetry={retry} />;
  return (
    <ErrorBoundary
      resetKey={String(attempt)}
      onError={(error) => console.error(`module ${module.id} failed while rendering`, error)}
      fallback={() => <Unavailable onRetry={retry} />}
    >
      <div data-module={module.id} ref={outlet}>
        <ModuleRoutes manifest={state.manifest} />
      </div>
    </ErrorBoundary>
  );
}
