import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LanguageNote, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

// Typed by `npm run codegen` from apps/bff/schema.graphql into ../gql. Operation names are unique
// in the whole portal: they start with the module's name.
const WelcomeQuery = graphql(`
  query MessagesStaffWelcome {
    messagesWelcome {
      text
      language
      isFallback
    }
  }
`);

/** The module's front page in the staff area (/staff/messages). */
export default function FrontPage(_props: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('messages');
  const welcome = useQuery(WelcomeQuery);
  return (
    <>
      <PageHeading>{t('staff.title')}</PageHeading>
      <p>{t('staff.intro')}</p>
      {welcome.status === 'loading' && <Skeleton lines={1} />}
      {welcome.status === 'error' && <RequestError error={welcome.error} />}
      {welcome.status === 'success' && (
        <>
          {/* Text from the BFF says which language it is in: a fallback is marked up and noted. */}
          <p lang={welcome.data.messagesWelcome.language}>{welcome.data.messagesWelcome.text}</p>
          <LanguageNote content={welcome.data.messagesWelcome} />
        </>
      )}
    </>
  );
}
