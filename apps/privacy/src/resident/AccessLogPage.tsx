import { useEffect, useRef, useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useGraphqlClient, useQuery, type GraphqlRequestError } from '@luotsi/graphql-client';
import { Button, LocalizedSpan, PageHeading, RequestError, Skeleton, Table, VisuallyHidden } from '@luotsi/ui';
import { graphql } from '../gql';
import type { PrivacyMyAccessLogQuery } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import type { fi as accessLogFi } from '../access-log/i18n/fi';
import { useAccessLogLabels } from '../access-log-labels';

const MyAccessLogQuery = graphql(`
  query PrivacyMyAccessLog($first: Int, $after: String) {
    myAccessLog(first: $first, after: $after) {
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
            name {
              text
              language
              isFallback
            }
          }
          action
          objectType
          purpose
          subject {
            personId
            firstName
            isSelf
          }
        }
      }
    }
  }
`);

type Entry = PrivacyMyAccessLogQuery['myAccessLog']['edges'][number]['node'];
type Page = PrivacyMyAccessLogQuery['myAccessLog'];

/** Entries per page: a year of a typical resident's log fits on one or two. */
export const accessLogPageSize = 20;

/**
 * "Who has viewed my data" (/fi/privacy/access-log): the access log of the signed-in resident and
 * of their under-15 children, newest first. More pages load below on request.
 */
export default function AccessLogPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof accessLogFi>('privacy');
  const labels = useAccessLogLabels();
  const client = useGraphqlClient();
  const first = useQuery(MyAccessLogQuery, { first: accessLogPageSize });
  const [more, setMore] = useState<Page[]>([]);
  const [moreError, setMoreError] = useState<GraphqlRequestError | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const loadedPages = useRef(0);

  const pages = first.status === 'success' ? [first.data.myAccessLog, ...more] : [];
  const entries = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages.at(-1);

  const loadMore = async () => {
    if (!last?.pageInfo.endCursor) return;
    setMoreError(null);
    try {
      const next = await client.request(MyAccessLogQuery, { first: accessLogPageSize, after: last.pageInfo.endCursor });
      setMore((loaded) => [...loaded, next.myAccessLog]);
    } catch (error) {
      setMoreError(error as GraphqlRequestError);
    }
  };

  // Keyboard and screen-reader users stay where they were: the status line says more came.
  useEffect(() => {
    if (more.length > loadedPages.current) status.current?.focus();
    loadedPages.current = more.length;
  }, [more.length]);

  return (
    <>
      <PageHeading>{t('accessLog.title')}</PageHeading>
      <p>{t('accessLog.intro')}</p>
      {first.status === 'loading' && <Skeleton lines={4} />}
      {first.status === 'error' && <RequestError error={first.error} />}
      {first.status === 'success' && (
        <>
          <Table<Entry>
            caption={t('accessLog.caption')}
            rows={entries}
            rowKey={(entry) => entry.id}
            empty={t('accessLog.empty')}
            columns={[
              { key: 'when', header: t('accessLog.columns.when'), rowHeader: true, cell: (e) => formatDateTime(e.occurredAt, language) },
              {
                key: 'who',
                header: t('accessLog.columns.who'),
                cell: (e) => (
                  <>
                    {e.actorName}, {labels.role(e.actorRole)}
                    {e.actorUnit && (
                      <>
                        <br />
                        <LocalizedSpan content={e.actorUnit.name} />
                      </>
                    )}
                  </>
                ),
              },
              { key: 'action', header: t('accessLog.columns.action'), cell: (e) => labels.action(e.action) },
              { key: 'object', header: t('accessLog.columns.object'), cell: (e) => labels.object(e.objectType) },
              {
                key: 'whose',
                header: t('accessLog.columns.whose'),
                cell: (e) => (e.subject.isSelf ? t('accessLog.self') : t('accessLog.child', { name: e.subject.firstName })),
              },
              { key: 'why', header: t('accessLog.columns.why'), cell: (e) => labels.purpose(e.purpose) },
            ]}
          />
          <p ref={status} tabIndex={-1} aria-live="polite">
            {more.length > 0 && <VisuallyHidden>{t('accessLog.moreLoaded')}</VisuallyHidden>}
          </p>
          {moreError && <RequestError error={moreError} />}
          {last?.pageInfo.hasNextPage && (
            <Button variant="secondary" onClick={loadMore}>
              {t('accessLog.more')}
            </Button>
          )}
          <p>{t('accessLog.rights')}</p>
        </>
      )}
    </>
  );
}
