import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import {
  csrfHeader,
  useGraphqlClient,
  useQuery,
  type GraphqlRequestError,
} from '@luotsi/graphql-client';
import {
  Alert,
  Button,
  Cluster,
  DateField,
  ErrorSummary,
  LocalizedSpan,
  PageHeading,
  RequestError,
  SelectField,
  Skeleton,
  Stack,
  Table,
  TextField,
} from '@luotsi/ui';
import { graphql } from '../gql';
import type { AccessLogSearch, PrivacyAccessLogEntriesQuery } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import type { fi as accessLogFi } from '../access-log/i18n/fi';
import type { fi as staffFi } from './i18n/fi';
import {
  accessLogActions,
  useAccessLogLabels,
  type AccessLogActionValue,
} from '../access-log-labels';

const AccessLogEntriesQuery = graphql(`
  query PrivacyAccessLogEntries($search: AccessLogSearch!, $first: Int, $after: String) {
    accessLogEntries(search: $search, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          actorName
          actorRole
          actorUnit {
            id
            code
            name {
              text
              language
              isFallback
            }
          }
          action
          objectType
          objectId
          purpose
          requestId
          client {
            id
            firstName
            lastName
            personalIdentityCode
          }
        }
      }
    }
  }
`);

type Entry = PrivacyAccessLogEntriesQuery['accessLogEntries']['edges'][number]['node'];
type Page = PrivacyAccessLogEntriesQuery['accessLogEntries'];

export const accessLogSearchPageSize = 50;
/** The BFF's export for an information request (POST: no identity code in a URL). */
export const accessLogExportUrl = '/api/privacy/access-log/export';

interface Form {
  client: string;
  actor: string;
  from: string;
  to: string;
  action: '' | AccessLogActionValue;
}
const emptyForm: Form = { client: '', actor: '', from: '', to: '', action: '' };

function searchOf(form: Form): AccessLogSearch {
  return {
    ...(form.client.trim() ? { clientPersonalIdentityCode: form.client.trim() } : {}),
    ...(form.actor.trim() ? { actorName: form.actor.trim() } : {}),
    ...(form.from ? { from: form.from } : {}),
    ...(form.to ? { to: form.to } : {}),
    ...(form.action ? { action: form.action } : {}),
  };
}

/** The administrators' access-log search (/staff/privacy): search form, results, export. */
export default function AccessLogSearchPage(props: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi & typeof accessLogFi>('privacy');
  const labels = useAccessLogLabels();
  const [form, setForm] = useState<Form>(emptyForm);
  const [rangeError, setRangeError] = useState(false);
  const [search, setSearch] = useState<{ search: AccessLogSearch; serial: number } | null>(null);
  const set = (key: keyof Form) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const backwards = Boolean(form.from && form.to && form.to < form.from);
    setRangeError(backwards);
    if (!backwards)
      setSearch((previous) => ({ search: searchOf(form), serial: (previous?.serial ?? 0) + 1 }));
  };

  return (
    <>
      <PageHeading>{t('staff.title')}</PageHeading>
      <p>{t('staff.intro')}</p>
      <section aria-labelledby="access-log-search">
        <h2 id="access-log-search">{t('accessLog.search.title')}</h2>
        {rangeError && (
          <ErrorSummary
            title={t('accessLog.search.errorsTitle')}
            errors={[{ fieldId: 'access-log-to', message: t('accessLog.search.invalidRange') }]}
          />
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="m">
            <TextField
              label={t('accessLog.search.client')}
              hint={t('accessLog.search.clientHint')}
              optional
              value={form.client}
              onChange={set('client')}
              autoComplete="off"
              width="medium"
            />
            <TextField
              label={t('accessLog.search.actor')}
              hint={t('accessLog.search.actorHint')}
              optional
              value={form.actor}
              onChange={set('actor')}
              autoComplete="off"
              width="medium"
            />
            <Cluster gap="m">
              <DateField
                label={t('accessLog.search.from')}
                optional
                value={form.from}
                onChange={set('from')}
              />
              <DateField
                id="access-log-to"
                label={t('accessLog.search.to')}
                optional
                value={form.to}
                onChange={set('to')}
                {...(rangeError ? { error: t('accessLog.search.invalidRange') } : {})}
              />
            </Cluster>
            <SelectField
              label={t('accessLog.search.action')}
              value={form.action}
              onChange={set('action')}
              options={[
                { value: '', label: t('accessLog.search.anyAction') },
                ...accessLogActions.map((a) => ({ value: a, label: labels.action(a) })),
              ]}
            />
            <div>
              <Button type="submit">{t('accessLog.search.submit')}</Button>
            </div>
          </Stack>
        </form>
      </section>
      {search && <Results key={search.serial} search={search.search} language={props.language} />}
      {search && <Export personalIdentityCode={search.search.clientPersonalIdentityCode ?? null} />}
    </>
  );
}

function Results({
  search,
  language,
}: {
  search: AccessLogSearch;
  language: ModulePageProps['language'];
}) {
  const { t } = useTexts<typeof fi & typeof staffFi & typeof accessLogFi>('privacy');
  const labels = useAccessLogLabels();
  const client = useGraphqlClient();
  const first = useQuery(AccessLogEntriesQuery, { search, first: accessLogSearchPageSize });
  const [more, setMore] = useState<Page[]>([]);
  const [moreError, setMoreError] = useState<GraphqlRequestError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // After a search, the results' heading takes focus so keyboard users land on them.
  useEffect(() => {
    if (first.status !== 'loading') heading.current?.focus();
  }, [first.status]);

  const pages = first.status === 'success' ? [first.data.accessLogEntries, ...more] : [];
  const entries = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages.at(-1);
  const loadMore = async () => {
    if (!last?.pageInfo.endCursor) return;
    setMoreError(null);
    try {
      const next = await client.request(AccessLogEntriesQuery, {
        search,
        first: accessLogSearchPageSize,
        after: last.pageInfo.endCursor,
      });
      setMore((loaded) => [...loaded, next.accessLogEntries]);
    } catch (error) {
      setMoreError(error as GraphqlRequestError);
    }
  };

  return (
    <section aria-labelledby="access-log-results">
      <h2 id="access-log-results" ref={heading} tabIndex={-1}>
        {t('accessLog.results.title')}
      </h2>
      {first.status === 'loading' && <Skeleton lines={4} />}
      {first.status === 'error' && <RequestError error={first.error} />}
      {first.status === 'success' && (
        <Table<Entry>
          caption={t('accessLog.results.caption')}
          rows={entries}
          rowKey={(e) => e.id}
          empty={t('accessLog.results.empty')}
          columns={[
            {
              key: 'when',
              header: t('accessLog.columns.when'),
              rowHeader: true,
              cell: (e) => formatDateTime(e.occurredAt, language),
            },
            {
              key: 'client',
              header: t('accessLog.results.client'),
              cell: (e) =>
                e.client
                  ? `${e.client.lastName} ${e.client.firstName}${e.client.personalIdentityCode ? ` (${e.client.personalIdentityCode})` : ''}`
                  : t('accessLog.results.unknownClient'),
            },
            {
              key: 'who',
              header: t('accessLog.columns.who'),
              cell: (e) => `${e.actorName}, ${labels.role(e.actorRole)}`,
            },
            {
              key: 'unit',
              header: t('accessLog.results.unit'),
              cell: (e) => (e.actorUnit ? <LocalizedSpan content={e.actorUnit.name} /> : '–'),
            },
            {
              key: 'action',
              header: t('accessLog.columns.action'),
              cell: (e) => labels.action(e.action),
            },
            {
              key: 'object',
              header: t('accessLog.results.object'),
              cell: (e) => `${labels.object(e.objectType)} (${e.objectId})`,
            },
            {
              key: 'why',
              header: t('accessLog.columns.why'),
              cell: (e) => labels.purpose(e.purpose),
            },
            {
              key: 'request',
              header: t('accessLog.results.request'),
              cell: (e) => <code>{e.requestId}</code>,
            },
          ]}
        />
      )}
      {moreError && <RequestError error={moreError} />}
      {last?.pageInfo.hasNextPage && (
        <Button variant="secondary" onClick={loadMore}>
          {t('accessLog.more')}
        </Button>
      )}
    </section>
  );
}

/** Saves a response body as a file: the only way to download what a POST returns. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function Export({ personalIdentityCode }: { personalIdentityCode: string | null }) {
  const { t } = useTexts<typeof fi & typeof staffFi & typeof accessLogFi>('privacy');
  const [result, setResult] = useState<'done' | 'notFound' | 'failed' | null>(null);
  const run = async (format: 'csv' | 'json') => {
    setResult(null);
    try {
      const response = await fetch(accessLogExportUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', [csrfHeader]: '1' },
        body: JSON.stringify({ personalIdentityCode, format }),
      });
      if (response.status === 404) return setResult('notFound');
      if (!response.ok) return setResult('failed');
      const name =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `access-log.${format}`;
      saveFile(await response.blob(), name);
      setResult('done');
    } catch {
      setResult('failed');
    }
  };
  return (
    <section aria-labelledby="access-log-export">
      <h2 id="access-log-export">{t('accessLog.export.title')}</h2>
      {personalIdentityCode ? (
        <>
          <p>{t('accessLog.export.intro')}</p>
          <Cluster gap="s">
            <Button variant="secondary" onClick={() => run('csv')}>
              {t('accessLog.export.csv')}
            </Button>
            <Button variant="secondary" onClick={() => run('json')}>
              {t('accessLog.export.json')}
            </Button>
          </Cluster>
        </>
      ) : (
        <p>{t('accessLog.export.needsClient')}</p>
      )}
      <div role="status">{result === 'done' && <p>{t('accessLog.export.done')}</p>}</div>
      {(result === 'notFound' || result === 'failed') && (
        <Alert tone="error">{t(`accessLog.export.${result}`)}</Alert>
      )}
    </section>
  );
}
