import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { Link } from 'wouter';
import { PageHeading, Stack } from '@luotsi/ui';
import type { fi } from '../i18n/fi';

/**
 * The module's front page in the resident area (/fi/privacy …): what the resident can do here,
 * each a link to its page. Public; the pages behind the links ask for sign-in.
 */
export default function FrontPage({ to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('privacy');
  const pages = [
    { path: 'my-data', label: t('myData.nav'), summary: t('myData.intro') },
    { path: 'access-log', label: t('accessLog.nav'), summary: t('accessLog.summary') },
  ];
  return (
    <>
      <PageHeading>{t('resident.title')}</PageHeading>
      <p>{t('resident.intro')}</p>
      <Stack as="ul" gap="m">
        {pages.map((page) => (
          <li key={page.path}>
            {/* "~": an absolute path of the shell's router, which to() builds. */}
            <Link href={`~${to(page.path)}`}>{page.label}</Link>
            <p>{page.summary}</p>
          </li>
        ))}
      </Stack>
    </>
  );
}
