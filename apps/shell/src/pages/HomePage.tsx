import { Alert } from '@luotsi/ui';
import { useShell, useShellTexts } from '../shell-context';
import { PageTitle } from '../components/PageTitle';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { NavItem } from '../components/Layout';
import { NavCards } from '../components/NavCards';

export function HomePage({ nav }: { nav: NavItem[] }) {
  const { t } = useShellTexts();
  const { registryError } = useShell();
  useDocumentTitle(t('nav.home'));
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lx-lead">{t('home.intro')}</p>
      <Alert tone="warning">{t('home.emergency')}</Alert>
      {registryError && <Alert tone="error">{t('unavailable.body')}</Alert>}
      <h2>{t('home.services')}</h2>
      <NavCards nav={nav} />
    </>
  );
}
