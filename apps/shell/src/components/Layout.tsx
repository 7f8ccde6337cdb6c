import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { SkipLink } from '@luotsi/ui';
import type { Language } from '@luotsi/shell-contract';
import { useArea, useShell, useShellTexts } from '../shell-context';
import { signInUrl } from '../session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useFocusOnNavigation } from './useFocusOnNavigation';

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

const mainId = 'main';

/** The frame of both areas: skip link, header with navigation, language and session, footer. */
export function Layout({ nav, children, onSelectLanguage }: { nav: NavItem[]; children: ReactNode; onSelectLanguage?: (l: Language) => void }) {
  const { t } = useShellTexts();
  const { area, language, root } = useArea();
  const { sessions } = useShell();
  const session = sessions[area];
  useFocusOnNavigation(mainId);
  const returnTo = typeof window === 'undefined' ? root : window.location.pathname + window.location.search;
  return (
    <div className={`lx-app lx-app--${area}`}>
      <SkipLink targetId={mainId}>{t('skipToContent')}</SkipLink>
      <header className="lx-header">
        <div className="lx-header__bar">
          <Link href={`~${root}`} className="lx-header__brand">
            <span className="lx-header__county">{t('county.name')}</span>
            <span className="lx-header__portal">{area === 'staff' ? t('nav.staffHome') : t('county.portal')}</span>
          </Link>
          <div className="lx-header__tools">
            <LanguageSwitcher current={language} onSelect={onSelectLanguage} />
            {session ? (
              <form method="post" action={`/auth/${area}/logout`} className="lx-header__session">
                <span>{t('session.signedInAs', { name: session.displayName })}</span>
                <button type="submit" className="lx-button lx-button--secondary">
                  {t('session.signOut')}
                </button>
              </form>
            ) : (
              <a className="lx-button lx-button--secondary" href={signInUrl(area, returnTo, language)}>
                {area === 'staff' ? t('session.staffSignIn') : t('session.signIn')}
              </a>
            )}
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="lx-nav">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={`~${item.href}`} aria-current={item.current ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={mainId} tabIndex={-1} className="lx-main">
        {children}
      </main>
      <footer className="lx-footer">
        <p>{t('footer.contact')}</p>
        {area === 'resident' && (
          <p>
            <Link href={`~${root}/accessibility`}>{t('footer.accessibility')}</Link>
          </p>
        )}
      </footer>
    </div>
  );
}
