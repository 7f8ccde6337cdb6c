import { Link } from 'wouter';
import { useShellTexts } from '../shell-context';
import { PageTitle } from '../components/PageTitle';
import { useDocumentTitle } from '../components/useDocumentTitle';
import type { NavItem } from '../components/Layout';

export function StaffHomePage({ nav }: { nav: NavItem[] }) {
  const { t } = useShellTexts();
  useDocumentTitle(t('staffHome.title'));
  return (
    <>
      <PageTitle>{t('staffHome.title')}</PageTitle>
      <p className="lx-lead">{nav.length ? t('staffHome.intro') : t('staffHome.nothing')}</p>
      <ul className="lx-card-list">
        {nav.map((item) => (
          <li key={item.href} className="lx-card">
            <Link href={`~${item.href}`}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
