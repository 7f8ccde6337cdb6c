import { lazy, Suspense, useEffect, useState } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import type { Language } from '@luotsi/shell-contract';
import { AreaContext, useShell } from '../shell-context';
import { Layout } from '../components/Layout';
import { buildNavigation } from '../components/navigation';
import { ModuleOutlet } from '../components/ModuleOutlet';
import { Loading, NotFound } from '../components/StatusPanels';
import { moduleForPath } from '../registry';
import { alternateLanguagePaths } from '../paths';
import { HomePage } from '../pages/HomePage';

const AccessibilityStatementPage = lazy(() =>
  import('../pages/AccessibilityStatementPage').then((m) => ({ default: m.AccessibilityStatementPage })),
);

/** Keeps <html lang>, hreflang alternates and the i18n language in step with the URL. */
function useLanguage(language: Language): boolean {
  const { i18n } = useShell();
  // The language whose texts are loaded; the page renders once it matches the URL's.
  const [loaded, setLoaded] = useState(i18n.instance.language);
  useEffect(() => {
    document.documentElement.lang = language;
    let current = true;
    void i18n.changeLanguage(language).then(() => {
      if (current) setLoaded(language);
    });
    return () => {
      current = false;
    };
  }, [language, i18n]);
  return loaded === language;
}

function useHreflang(pathname: string) {
  useEffect(() => {
    document.querySelectorAll('link[data-luotsi-alternate]').forEach((el) => el.remove());
    for (const { language, href } of alternateLanguagePaths(pathname)) {
      const link = document.createElement('link');
      link.rel = 'alternate';
      link.hreflang = language;
      link.href = href;
      link.dataset['luotsiAlternate'] = '';
      document.head.appendChild(link);
    }
  }, [pathname]);
}

export function ResidentArea({ language }: { language: Language }) {
  const { registry, sessions } = useShell();
  const [location] = useLocation();
  const ready = useLanguage(language);
  const root = `/${language}`;
  const fullPath = `${root}${location === '/' ? '' : location}`;
  useHreflang(fullPath);
  const viewer = { signedIn: sessions.resident !== null, roles: sessions.resident?.roles ?? [] };
  const nav = buildNavigation(registry, 'resident', language, root, viewer, fullPath);
  const segment = location.split('/')[1] ?? '';
  const module = segment ? moduleForPath(registry, 'resident', segment) : undefined;
  return (
    <AreaContext.Provider value={{ area: 'resident', language, root }}>
      {!ready ? (
        <Loading />
      ) : (
        <Layout nav={nav}>
          <Switch>
            <Route path="/">
              <HomePage nav={nav} />
            </Route>
            <Route path="/accessibility">
              <Suspense fallback={<Loading />}>
                <AccessibilityStatementPage />
              </Suspense>
            </Route>
            <Route path="/:segment" nest>
              {module ? <ModuleOutlet key={module.id} module={module} /> : <NotFound />}
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Layout>
      )}
    </AreaContext.Provider>
  );
}
