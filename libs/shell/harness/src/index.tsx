import { StrictMode, Suspense, lazy, useMemo, useState, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { Link, Route, Router, Switch } from 'wouter';
import { createI18n, I18nProvider } from '@luotsi/i18n';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import { loadUiTexts, uiNamespace } from '@luotsi/ui';
import {
  languages,
  validateManifest,
  type Language,
  type ModuleArea,
  type ModuleManifest,
  type ModulePageProps,
} from '@luotsi/shell-contract';
import '@luotsi/ui/styles.css';

/**
 * A module's standalone development entry (`npm run dev -- <module>` or `npx nx dev <module>`):
 * its pages without the shell, for both areas and all three languages, against the running BFF
 * (the remote's dev server proxies /graphql and /auth to it). Sign in on the BFF's own pages;
 * cookies are per host, so the session applies here too.
 */
export async function renderStandalone(
  manifest: ModuleManifest,
  element: HTMLElement | null = document.getElementById('root'),
) {
  const result = validateManifest(manifest);
  if (!result.ok) throw new Error(`invalid manifest:\n${result.errors.join('\n')}`);
  if (!element) throw new Error('no element to render into');
  const params = new URLSearchParams(window.location.search);
  const language = (languages as readonly string[]).includes(params.get('lang') ?? '')
    ? (params.get('lang') as Language)
    : 'fi';
  const i18n = await createI18n({
    language,
    loaders: { [uiNamespace]: loadUiTexts, [manifest.i18n.namespace]: manifest.i18n.load },
    namespaces: [uiNamespace, manifest.i18n.namespace],
    defaultNamespace: manifest.i18n.namespace,
    missingKey: 'throw',
  });
  const client = new GraphqlClient({ language: () => i18n.instance.language });
  document.documentElement.lang = language;
  createRoot(element).render(
    <StrictMode>
      <I18nProvider i18n={i18n.instance}>
        <GraphqlProvider client={client}>
          <Harness
            manifest={manifest}
            language={language}
            label={(key) => i18n.instance.t(key, { ns: manifest.i18n.namespace })}
          />
        </GraphqlProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

/** The dev server serves the remote under its base path (/modules/<id>/); routes live below it. */
const routerBase = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

function Harness({
  manifest,
  language,
  label,
}: {
  manifest: ModuleManifest;
  language: Language;
  label: (key: string) => string;
}) {
  const areas = Object.keys(manifest.areas) as ModuleArea[];
  const [area, setArea] = useState<ModuleArea>(areas[0] ?? 'resident');
  const definition = manifest.areas[area];
  const pages = useMemo(
    () =>
      new Map(
        (definition?.routes ?? []).map((r) => [
          r.path,
          lazy(r.load) as ComponentType<ModulePageProps>,
        ]),
      ),
    [definition],
  );
  if (!definition) return null;
  // Standalone, the module's pages sit directly under the dev server's base path.
  const to = (path: string) => `/${path}`;
  return (
    <div className="lx-harness">
      <header className="lx-harness__bar">
        <strong>{manifest.id}</strong> (standalone)
        {areas.map((a) => (
          <button key={a} type="button" aria-pressed={a === area} onClick={() => setArea(a)}>
            {a}
          </button>
        ))}
        {languages.map((l) => (
          <a key={l} href={`?lang=${l}`} aria-current={l === language ? 'true' : undefined}>
            {l}
          </a>
        ))}
        <a href={`/auth/${area}/login?returnTo=/&lang=${language}`}>sign in ({area})</a>
      </header>
      <Router base={routerBase}>
        <nav>
          {definition.nav.map((n) => (
            <Link key={n.path} href={to(n.path)}>
              {label(n.labelKey)}
            </Link>
          ))}
        </nav>
        <main>
          <Switch>
            {definition.routes.map((route) => {
              const Page = pages.get(route.path);
              return Page ? (
                <Route key={route.path} path={to(route.path)}>
                  <Suspense fallback="…">
                    <Page language={language} area={area} to={to} />
                  </Suspense>
                </Route>
              ) : null;
            })}
            <Route>
              <Link href="/">{manifest.id}</Link>
            </Route>
          </Switch>
        </main>
      </Router>
    </div>
  );
}
