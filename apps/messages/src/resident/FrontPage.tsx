import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { LanguageNote, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';

// Typed by `npm run codegen` from apps/bff/schema.graphql into ../gql. Operation names are unique
// in the whole portal: they start with the module's name.
const WelcomeQuery = graphql(`
  query MessagesResidentWelcome {
    messagesWelcome {
      text
      language
      isFallback
    }
  }
`);

/** The module's front page in the resident area (/fi/messages, /sv/messages, /en/messages). */
export default function FrontPage(_props: ModulePageProps) {
  const { t } = useTexts<typeof fi>('messages');
  const welcome = useQuery(WelcomeQuery);
  return (
    <>
      <PageHeading>{t('resident.title')}</PageHeading>
      <p>{t('resident.intro')}</p>
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
