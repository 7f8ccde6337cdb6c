import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, I18nProvider, lazyTexts } from '@luotsi/i18n';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import { loadUiTexts, uiNamespace } from '@luotsi/ui';
import '@luotsi/ui/styles.css';
import './shell.css';
import { App } from './App';
import { fetchRegistry, type Registry } from './registry';
import { fetchSessions, sessionEnded } from './session';
import { languageOfPath } from './paths';
import { initialStaffLanguage } from './staff-language';
import type { ShellState } from './shell-context';

async function start() {
  const path = window.location.pathname;
  const language = path.startsWith('/staff') ? initialStaffLanguage() : (languageOfPath(path) ?? 'fi');
  document.documentElement.lang = language;
  const [registryResult, sessions, i18n] = await Promise.all([
    fetchRegistry().then(
      (registry) => ({ registry, failed: false }),
      (error: unknown) => {
        console.error('the module registry could not be read', error);
        return { registry: { modules: [] } as Registry, failed: true };
      },
    ),
    fetchSessions(),
    createI18n({
      language,
      loaders: {
        shell: lazyTexts({ fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') }),
        [uiNamespace]: loadUiTexts,
      },
      namespaces: ['shell', uiNamespace],
      defaultNamespace: 'shell',
      missingKey: import.meta.env.DEV ? 'throw' : 'report',
    }),
  ]);
  const client = new GraphqlClient({
    language: () => i18n.instance.language,
    // The session ended on the server (timeout): reload so the page offers sign-in again. Any
    // other UNAUTHENTICATED answer is the page's to show (it says to sign in).
    onUnauthenticated: () => {
      void sessionEnded(sessions).then((ended) => {
        if (ended) window.location.reload();
      });
    },
  });
  const state: ShellState = { registry: registryResult.registry, registryError: registryResult.failed, sessions, i18n };
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n.instance}>
        <GraphqlProvider client={client}>
          <App state={state} />
        </GraphqlProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

void start();
