import { useEffect, useRef, useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, formatTime, useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { isUrgency } from '@luotsi/questionnaires';
import { Link, PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { SymptomContactRequestsQuery } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';
import { DeadlineTimer, useMinuteClock } from './clock';
import { useLiveSource } from './live-context';

const ContactRequestsQuery = graphql(`
  query SymptomContactRequests {
    symptomContactRequests {
      id
      urgency
      status
      receivedAt
      deadlineAt
      claimedByMe
      claimedById
      questionnaire { id name { text language isFallback } }
      unit { id name { text language isFallback } }
    }
  }
`);

const QueueEventsSubscription = graphql(`
  subscription SymptomQueueEvents {
    symptomQueueEvents { kind contactRequestId urgency }
  }
`);

type ContactRequest = SymptomContactRequestsQuery['symptomContactRequests'][number];

const statuses = ['new', 'in-progress', 'handled'] as const;
const isStatus = (value: string): value is (typeof statuses)[number] => (statuses as readonly string[]).includes(value);

export default function ContactRequestsPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('symptomCheck');
  const requests = useQuery(ContactRequestsQuery);
  const { refetch } = requests;
  const now = useMinuteClock();
  const source = useLiveSource();
  const [live, setLive] = useState<'connecting' | 'on' | 'reconnecting'>('connecting');
  const [announcement, setAnnouncement] = useState('');
  // A refetch shows the last list meanwhile, so the table does not flicker at every event.
  const [shown, setShown] = useState<ContactRequest[] | null>(null);
  const current = requests.status === 'success' ? requests.data.symptomContactRequests : null;
  if (current !== null && current !== shown) setShown(current);

  const connectedBefore = useRef(false);
  const urgencyText = (urgency: string) => (isUrgency(urgency) ? t(`urgency.${urgency}`) : t('urgency.unknown', { id: urgency }));
  // The stream must not reconnect when texts or the clock re-render the page: read them from a ref.
  const arrivedText = (urgency: string) => t('contactRequests.live.arrived', { urgency: urgencyText(urgency), time: formatTime(new Date(), language) });
  const arrivedTextRef = useRef(arrivedText);
  useEffect(() => {
    arrivedTextRef.current = arrivedText;
  });
  useEffect(
    () =>
      source(QueueEventsSubscription, language, {
        onEvent: (data) => {
          refetch();
          const event = data.symptomQueueEvents;
          // Only arrivals are announced; claims and answers by colleagues just update the list.
          if (event.kind === 'received') setAnnouncement(arrivedTextRef.current(event.urgency));
        },
        onConnected: () => {
          setLive('on');
          // Events sent while the stream was down are lost: read the queue again.
          if (connectedBefore.current) refetch();
          connectedBefore.current = true;
        },
        onDisconnected: () => setLive('reconnecting'),
      }),
    [source, language, refetch],
  );

  const rows = shown ?? [];
  // The unit column only helps a nurse who works in several units.
  const severalUnits = new Set(rows.map((r) => r.unit.id)).size > 1;
  return (
    <>
      <PageHeading>{t('contactRequests.title')}</PageHeading>
      <p>{t('contactRequests.intro')}</p>
      <p data-testid="symptom-queue-live">{t(`contactRequests.live.${live}`)}</p>
      <p role="status" aria-live="polite" aria-atomic="true" className="lx-visually-hidden" data-testid="symptom-queue-announcement">
        {announcement}
      </p>
      {shown === null && requests.status === 'loading' && <Skeleton lines={4} />}
      {requests.status === 'error' && <RequestError error={requests.error} />}
      {shown !== null &&
        (rows.length === 0 ? (
          <p>{t('contactRequests.empty')}</p>
        ) : (
          <>
            <p>{t('contactRequests.count', { count: rows.length })}</p>
            <Table<ContactRequest>
              caption={t('contactRequests.caption')}
              rows={rows}
              rowKey={(r) => r.id}
              columns={[
                { key: 'urgency', header: t('contactRequests.urgency'), rowHeader: true, cell: (r) => urgencyText(r.urgency) },
                {
                  key: 'assessment',
                  header: t('contactRequests.assessment'),
                  cell: (r) => (
                    <Link href={to(r.id)} aria-label={t('contactRequests.open', { assessment: r.questionnaire.name.text, received: formatDateTime(r.receivedAt, language) })}>
                      <span lang={r.questionnaire.name.language}>{r.questionnaire.name.text}</span>
                    </Link>
                  ),
                },
                { key: 'received', header: t('contactRequests.received'), cell: (r) => formatDateTime(r.receivedAt, language) },
                { key: 'deadline', header: t('contactRequests.deadline'), cell: (r) => <DeadlineTimer deadline={r.deadlineAt} now={now} /> },
                {
                  key: 'status',
                  header: t('contactRequests.status'),
                  cell: (r) => {
                    const status = isStatus(r.status) ? t(`contactRequests.statuses.${r.status}`) : t('contactRequests.statuses.unknown', { id: r.status });
                    const who = r.claimedByMe ? t('contactRequests.claimedByMe') : r.claimedById ? t('contactRequests.claimedByColleague') : null;
                    return who ? `${status} (${who})` : status;
                  },
                },
                ...(severalUnits
                  ? [{ key: 'unit', header: t('contactRequests.unit'), cell: (r: ContactRequest) => <span lang={r.unit.name.language}>{r.unit.name.text}</span> }]
                  : []),
              ]}
            />
          </>
        ))}
    </>
  );
}
