import { useShellTexts } from '../shell-context';
import { PageTitle } from '../components/PageTitle';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { NavItem } from '../components/Layout';
import { NavCards } from '../components/NavCards';

export function StaffHomePage({ nav }: { nav: NavItem[] }) {
  const { t } = useShellTexts();
  useDocumentTitle(t('staffHome.title'));
  return (
    <>
      <PageTitle>{t('staffHome.title')}</PageTitle>
      <p className="lx-lead">{nav.length ? t('staffHome.intro') : t('staffHome.nothing')}</p>
      <NavCards nav={nav} />
    </>
  );
}
