import { useTexts } from '@luotsi/i18n';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { Link } from '@luotsi/ui';
import type { fi } from '../i18n/fi';

/** The way to "ask for help" shown on every family-center page (seed 002: the Pyydä apua button). */
export function AskForHelpBanner({ to }: { to: ModulePageProps['to'] }) {
  const { t } = useTexts<typeof fi>('familyCenter');
  return (
    <aside className="lx-panel" aria-labelledby="family-ask-for-help">
      <p>
        <span id="family-ask-for-help">{t('help.cta')}</span>{' '}
        <Link href={to('ask-for-help')}>{t('help.ctaLink')}</Link>
      </p>
    </aside>
  );
}

/** The shell's resident sign-in route; it brings the resident back to this page. */
export function signInHref(language: string): string {
  const returnTo = window.location.pathname + window.location.search;
  return `/auth/resident/login?returnTo=${encodeURIComponent(returnTo)}&lang=${language}`;
}

/** Reads and writes the page's state in the URL query, so it can be shared and survives back/forward. */
export function readSearch(search: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  return Object.fromEntries(keys.map((k) => [k, params.get(k) ?? '']));
}

export function writeSearch(values: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}
