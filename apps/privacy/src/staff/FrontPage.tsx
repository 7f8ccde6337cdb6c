import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, LanguageNote, PageHeading, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';

// Typed by `npm run codegen` from apps/bff/schema.graphql into ../gql. Operation names are unique
// in the whole portal: they start with the module's name.
const WelcomeQuery = graphql(`
  query PrivacyStaffWelcome {
    privacyWelcome {
      text
      language
      isFallback
    }
  }
`);

/** The module's front page in the staff area (/staff/privacy). */
export default function FrontPage(_props: ModulePageProps) {
  const { t } = useTexts<typeof fi>('privacy');
  const welcome = useQuery(WelcomeQuery);
  return (
    <>
      <PageHeading>{t('staff.title')}</PageHeading>
      <p>{t('staff.intro')}</p>
      {welcome.status === 'loading' && <Skeleton lines={1} />}
      {welcome.status === 'error' && <Alert tone="error">{t('error')}</Alert>}
      {welcome.status === 'success' && (
        <>
          {/* Text from the BFF says which language it is in: a fallback is marked up and noted. */}
          <p lang={welcome.data.privacyWelcome.language}>{welcome.data.privacyWelcome.text}</p>
          <LanguageNote content={welcome.data.privacyWelcome} />
        </>
      )}
    </>
  );
}
