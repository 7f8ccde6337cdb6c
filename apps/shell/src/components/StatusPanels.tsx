import { useLocation } from 'wouter';
import { Button, ServiceUnavailable } from '@luotsi/ui';
import { signInUrl } from '../session';
import { useArea, useShellTexts } from '../shell-context';
import { useDocumentTitle } from './useDocumentTitle';
import { PageTitle } from './PageTitle';

export function Loading() {
  const { t } = useShellTexts();
  return (
    <p className="lx-loading" role="status">
      {t('loading')}
    </p>
  );
}

export function Unavailable({ onRetry }: { onRetry: () => void | Promise<unknown> }) {
  const { t } = useShellTexts();
  useDocumentTitle(t('unavailable.title'));
  // The panel takes the place of the module's whole page, so its heading is the page's h1: focus
  // moves to it after navigation and a heading search finds it, as on any page.
  return (
    <ServiceUnavailable
      headingLevel={1}
      title={t('unavailable.title')}
      body={t('unavailable.body')}
      retryLabel={t('unavailable.retry')}
      onRetry={onRetry}
    />
  );
}

export function SignInRequired() {
  const { t } = useShellTexts();
  const { area, language } = useArea();
  useLocation();
  const returnTo = window.location.pathname + window.location.search;
  return (
    <section className="lx-panel">
      <PageTitle>{area === 'staff' ? t('staffSignIn.title') : t('signInRequired.title')}</PageTitle>
      <p>{area === 'staff' ? t('staffSignIn.body') : t('signInRequired.body')}</p>
      <Button as="a" href={signInUrl(area, returnTo, language)} variant="primary">
        {t('session.signIn')}
      </Button>
    </section>
  );
}

export function Forbidden() {
  const { t } = useShellTexts();
  useDocumentTitle(t('forbidden.title'));
  return (
    <section className="lx-panel">
      <PageTitle>{t('forbidden.title')}</PageTitle>
      <p>{t('forbidden.body')}</p>
    </section>
  );
}

export function NotFound() {
  const { t } = useShellTexts();
  const { root } = useArea();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="lx-panel">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={root}>{t('notFound.backHome')}</a>
      </p>
    </section>
  );
}
