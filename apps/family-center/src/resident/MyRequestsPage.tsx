import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { helpRequestTopicLabels, isHelpRequestTopic } from '@luotsi/family-domain';
import { PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as pagesFi } from '../i18n/pages/fi';
import { AskForHelpBanner } from './common';

const MineQuery = graphql(`
  query FamilyMyHelpRequests {
    myHelpRequests { id topics message status receivedAt dueAt reply answeredAt }
  }
`);

const statuses = ['new', 'answered', 'closed'] as const;
const isStatus = (s: string): s is (typeof statuses)[number] => (statuses as readonly string[]).includes(s);

/** A signed-in resident's own named requests and the replies to them. */
export default function MyRequestsPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const mine = useQuery(MineQuery);
  return (
    <>
      <PageHeading>{t('mine.title')}</PageHeading>
      <p>{t('mine.intro')}</p>
      {mine.status === 'loading' && <Skeleton lines={4} />}
      {mine.status === 'error' && <RequestError error={mine.error} />}
      {mine.status === 'success' &&
        (mine.data.myHelpRequests.length === 0 ? (
          <p>{t('mine.empty')}</p>
        ) : (
          <ul className="lx-stack" data-testid="family-my-requests">
            {mine.data.myHelpRequests.map((r) => (
              <li key={r.id} className="lx-card">
                <h2>{r.topics.map((k) => (isHelpRequestTopic(k) ? helpRequestTopicLabels[k][language] : k)).join(', ')}</h2>
                <p className="lx-meta">
                  {t('mine.sent', { date: formatDateTime(r.receivedAt, language) })} · {isStatus(r.status) ? t(`mine.status.${r.status}`) : r.status}
                  {r.status === 'new' ? ` · ${t('mine.due', { date: formatDateTime(r.dueAt, language) })}` : ''}
                </p>
                <h3>{t('mine.yourMessage')}</h3>
                <p style={{ whiteSpace: 'pre-wrap' }}>{r.message}</p>
                {r.reply ? (
                  <>
                    <h3>{t('mine.reply', { date: formatDateTime(r.answeredAt ?? r.receivedAt, language) })}</h3>
                    <p style={{ whiteSpace: 'pre-wrap' }}>{r.reply}</p>
                  </>
                ) : (
                  <p>{t('mine.noReply')}</p>
                )}
              </li>
            ))}
          </ul>
        ))}
      <AskForHelpBanner to={to} />
    </>
  );
}
