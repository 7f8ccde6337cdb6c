import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useMutation, useQuery, type GraphqlRequestError } from '@luotsi/graphql-client';
import { Alert, Button, Cluster, Dialog, LocalizedSpan, PageHeading, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as myDataFi } from '../my-data/i18n/fi';

const MyOptionalDataQuery = graphql(`
  query PrivacyMyOptionalData {
    myOptionalData {
      key
      present
      label {
        text
        language
        isFallback
      }
    }
  }
`);

const DeleteMyOptionalDataMutation = graphql(`
  mutation PrivacyDeleteMyOptionalData {
    deleteMyOptionalData {
      key
      present
    }
  }
`);

/**
 * The export comes from the BFF's own routes, not GraphQL: a file download. No person id in the
 * URL: the session says whose data it is. The language only chooses the readable copy's language.
 */
export const myDataJsonUrl = '/api/privacy/my-data.json';
export const myDataHtmlUrl = (language: string) => `/api/privacy/my-data.html?language=${language}`;

type ErrorKey = 'myData.errors.signIn' | 'myData.errors.rateLimited' | 'myData.errors.network' | 'myData.errors.general';
function errorKey(error: GraphqlRequestError): ErrorKey {
  if (error.code === 'UNAUTHENTICATED') return 'myData.errors.signIn';
  if (error.code === 'RATE_LIMITED') return 'myData.errors.rateLimited';
  if (error.code === 'NETWORK') return 'myData.errors.network';
  return 'myData.errors.general';
}

/** "My data" (/fi/privacy/my-data): download what is stored, delete what is optional. */
export default function MyDataPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof myDataFi>('privacy');
  const optional = useQuery(MyOptionalDataQuery);
  const [deleteOptional, deletion] = useMutation(DeleteMyOptionalDataMutation);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);

  const stored = optional.status === 'success' ? optional.data.myOptionalData.filter((item) => item.present) : [];
  const confirm = async () => {
    setConfirming(false);
    setDeleted(false);
    try {
      await deleteOptional({});
      setDeleted(true);
      optional.refetch();
    } catch {
      // The mutation's state holds the error; the alert below says it in the reader's language.
    }
  };

  return (
    <Stack gap="l">
      <PageHeading>{t('myData.title')}</PageHeading>
      <p>{t('myData.intro')}</p>

      <section aria-labelledby="my-data-download">
        <Stack gap="s">
          <h2 id="my-data-download">{t('myData.download.title')}</h2>
          <p>{t('myData.download.intro')}</p>
          <Cluster>
            <Button as="a" href={myDataHtmlUrl(language)} download variant="primary">
              {t('myData.download.html')}
            </Button>
            <Button as="a" href={myDataJsonUrl} download variant="secondary">
              {t('myData.download.json')}
            </Button>
          </Cluster>
          <p>{t('myData.download.note')}</p>
        </Stack>
      </section>

      <section aria-labelledby="my-data-optional">
        <Stack gap="s">
          <h2 id="my-data-optional">{t('myData.optional.title')}</h2>
          <p>{t('myData.optional.intro')}</p>
          {optional.status === 'loading' && <Skeleton lines={2} />}
          {optional.status === 'error' && <Alert tone="error">{t(errorKey(optional.error))}</Alert>}
          {optional.status === 'success' && (
            <>
              <ul>
                {optional.data.myOptionalData.map((item) => (
                  <li key={item.key}>
                    <LocalizedSpan content={item.label} />: {item.present ? t('myData.optional.stored') : t('myData.optional.notStored')}
                  </li>
                ))}
              </ul>
              {stored.length > 0 ? (
                <div>
                  <Button variant="danger" onClick={() => setConfirming(true)} loading={deletion.running}>
                    {t('myData.optional.delete')}
                  </Button>
                </div>
              ) : (
                <p>{t('myData.optional.nothing')}</p>
              )}
            </>
          )}
          {deleted && !deletion.error && <Alert tone="success">{t('myData.optional.deleted')}</Alert>}
          {deletion.error && <Alert tone="error">{t(errorKey(deletion.error))}</Alert>}
        </Stack>
      </section>

      <section aria-labelledby="my-data-required">
        <Stack gap="s">
          <h2 id="my-data-required">{t('myData.required.title')}</h2>
          <p>{t('myData.required.intro')}</p>
          <ul>
            <li>{t('myData.required.contactRequests')}</li>
            <li>{t('myData.required.helpRequests')}</li>
            <li>{t('myData.required.agreements')}</li>
            <li>{t('myData.required.bookings')}</li>
          </ul>
          <p>{t('myData.required.rights')}</p>
        </Stack>
      </section>

      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('myData.confirm.title')}
        actions={
          <Cluster>
            <Button variant="secondary" onClick={() => setConfirming(false)} data-autofocus>
              {t('myData.confirm.cancel')}
            </Button>
            <Button variant="danger" onClick={confirm}>
              {t('myData.confirm.delete')}
            </Button>
          </Cluster>
        }
      >
        <p>{t('myData.confirm.body')}</p>
      </Dialog>
    </Stack>
  );
}
