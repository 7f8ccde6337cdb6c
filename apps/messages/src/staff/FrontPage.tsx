import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Alert, Button, Cluster, PageHeading, RequestError, Skeleton, Table } from '@luotsi/ui';
import { graphql } from '../gql';
import type { MessagesNotificationDeliveriesQuery, NotificationDeliveryStatus } from '../gql/graphql';
import type { fi as staffFi } from './i18n/fi';

const DeliveriesQuery = graphql(`
  query MessagesNotificationDeliveries {
    notificationDeliveries(statuses: [failed, pending]) {
      id
      type
      channel
      status
      attempts
      nextAttemptAt
      lastError
      createdAt
    }
  }
`);

const RetryMutation = graphql(`
  mutation MessagesRetryNotificationDelivery($id: ID!) {
    retryNotificationDelivery(id: $id) {
      id
      status
    }
  }
`);

const CancelMutation = graphql(`
  mutation MessagesCancelNotificationDelivery($id: ID!) {
    cancelNotificationDelivery(id: $id) {
      id
      status
    }
  }
`);

type Delivery = MessagesNotificationDeliveriesQuery['notificationDeliveries'][number];
const channels = ['portal', 'email', 'sms'] as const;
const isChannel = (value: string): value is (typeof channels)[number] => (channels as readonly string[]).includes(value);

/**
 * Administrators' view of notification deliveries (/staff/messages): the failed ones (after the
 * last retry) and those still waiting, with retry and cancel. No recipient or content is shown.
 */
export default function FrontPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof staffFi>('messages');
  const deliveries = useQuery(DeliveriesQuery);
  const [retry, retrying] = useMutation(RetryMutation);
  const [cancel, cancelling] = useMutation(CancelMutation);
  const [done, setDone] = useState<'retried' | 'cancelled' | 'unchanged' | null>(null);

  const act = async (action: 'retry' | 'cancel', id: string) => {
    setDone(null);
    try {
      const changed = action === 'retry' ? (await retry({ id })).retryNotificationDelivery : (await cancel({ id })).cancelNotificationDelivery;
      setDone(changed ? (action === 'retry' ? 'retried' : 'cancelled') : 'unchanged');
      deliveries.refetch();
    } catch {
      // The mutation's state holds the error; the alert below shows it.
    }
  };
  const channel = (value: string) => (isChannel(value) ? t(`deliveries.channels.${value}`) : value);
  const status = (value: NotificationDeliveryStatus) => t(`deliveries.statuses.${value}`);
  const failure = retrying.error ?? cancelling.error;

  return (
    <>
      <PageHeading>{t('staff.title')}</PageHeading>
      <p>{t('staff.intro')}</p>
      {done && <Alert tone={done === 'unchanged' ? 'warning' : 'success'}>{t(`deliveries.done.${done}`)}</Alert>}
      {failure && <RequestError error={failure} />}
      {deliveries.status === 'loading' && <Skeleton lines={4} />}
      {deliveries.status === 'error' && <RequestError error={deliveries.error} />}
      {deliveries.status === 'success' && (
        <Table<Delivery>
          caption={t('deliveries.caption')}
          rows={deliveries.data.notificationDeliveries}
          rowKey={(d) => d.id}
          empty={t('deliveries.empty')}
          columns={[
            { key: 'type', header: t('deliveries.columns.type'), rowHeader: true, cell: (d) => d.type },
            { key: 'channel', header: t('deliveries.columns.channel'), cell: (d) => channel(d.channel) },
            { key: 'status', header: t('deliveries.columns.status'), cell: (d) => status(d.status) },
            { key: 'created', header: t('deliveries.columns.created'), cell: (d) => formatDateTime(d.createdAt, language) },
            { key: 'attempts', header: t('deliveries.columns.attempts'), align: 'end', cell: (d) => d.attempts },
            { key: 'next', header: t('deliveries.columns.next'), cell: (d) => (d.status === 'pending' ? formatDateTime(d.nextAttemptAt, language) : '–') },
            { key: 'error', header: t('deliveries.columns.error'), cell: (d) => d.lastError ?? '–' },
            {
              key: 'actions',
              header: t('deliveries.columns.actions'),
              cell: (d) => (
                <Cluster>
                  {d.status === 'failed' && (
                    <Button variant="secondary" aria-label={t('deliveries.retryLabel', { type: d.type, channel: channel(d.channel) })} onClick={() => act('retry', d.id)}>
                      {t('deliveries.retry')}
                    </Button>
                  )}
                  <Button variant="danger" aria-label={t('deliveries.cancelLabel', { type: d.type, channel: channel(d.channel) })} onClick={() => act('cancel', d.id)}>
                    {t('deliveries.cancel')}
                  </Button>
                </Cluster>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
