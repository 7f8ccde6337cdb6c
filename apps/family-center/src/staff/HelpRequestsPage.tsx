import { useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { helpRequestReplySchema } from '@luotsi/family-domain';
import { fieldErrorAt, validateInput, type FieldError } from '@luotsi/validation';
import { Alert, Button, Dialog, PageHeading, RequestError, Skeleton, Table, TextArea, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const HelpRequestsQuery = graphql(`
  query FamilyHelpRequests {
    familyHelpRequests {
      id
      topic
      message
      contactMethod
      anonymous
      status
      receivedAt
      dueAt
    }
  }
`);

const ReplyMutation = graphql(`
  mutation FamilyReplyToHelpRequest($id: ID!, $message: String!) {
    replyToHelpRequest(id: $id, message: $message) {
      id
      status
      answeredAt
    }
  }
`);

const contactMethods = ['phone', 'email', 'portal', 'anonymous'] as const;
type ContactMethod = (typeof contactMethods)[number];
const topics = ['sleep', 'relationships', 'money', 'emotions', 'other'] as const;
const statuses = ['new', 'answered'] as const;
const isTopic = (value: string): value is (typeof topics)[number] => (topics as readonly string[]).includes(value);
const isContactMethod = (value: string): value is ContactMethod => (contactMethods as readonly string[]).includes(value);
const isStatus = (value: string): value is (typeof statuses)[number] => (statuses as readonly string[]).includes(value);

interface Replying {
  id: string;
  topic: string;
  message: string;
  anonymous: boolean;
}

export default function HelpRequestsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('familyCenter');
  const requests = useQuery(HelpRequestsQuery);
  const [sendReply, sending] = useMutation(ReplyMutation);
  const errorMessage = useFieldErrorMessage();
  const [replying, setReplying] = useState<Replying | null>(null);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<{ anonymous: boolean } | { gone: true } | null>(null);

  const topicLabel = (topic: string) => (isTopic(topic) ? t(`helpRequests.topics.${topic}`) : topic);
  const open = (r: Replying) => {
    setReplying(r);
    setText('');
    setErrors([]);
    setSent(null);
  };
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!replying) return;
    const checked = validateInput(helpRequestReplySchema, { message: text });
    if (!checked.ok) return void setErrors(checked.errors);
    try {
      const result = await sendReply({ id: replying.id, message: checked.value.message });
      // Null: the request is no longer in the professional's units (moved or removed).
      setSent(result.replyToHelpRequest ? { anonymous: replying.anonymous } : { gone: true });
      setReplying(null);
      requests.refetch();
    } catch {
      // The mutation's state holds the error; field errors from the BFF show at the field.
    }
  };
  const fieldError = fieldErrorAt(errors, 'message') ?? fieldErrorAt(sending.fieldErrors, 'message');

  return (
    <>
      <PageHeading>{t('helpRequests.title')}</PageHeading>
      <p>{t('helpRequests.intro')}</p>
      {sent &&
        ('gone' in sent ? (
          <Alert tone="warning">{t('helpRequests.reply.gone')}</Alert>
        ) : (
          <Alert tone="success">{sent.anonymous ? t('helpRequests.reply.sentAnonymous') : t('helpRequests.reply.sent')}</Alert>
        ))}
      {requests.status === 'loading' && <Skeleton lines={3} />}
      {requests.status === 'error' && <RequestError error={requests.error} />}
      {requests.status === 'success' &&
        (requests.data.familyHelpRequests.length === 0 ? (
          <p>{t('helpRequests.empty')}</p>
        ) : (
          <Table
            caption={t('helpRequests.caption')}
            rows={requests.data.familyHelpRequests}
            rowKey={(r) => r.id}
            columns={[
              { key: 'topic', header: t('helpRequests.topic'), rowHeader: true, cell: (r) => topicLabel(r.topic) },
              { key: 'received', header: t('helpRequests.received'), cell: (r) => formatDateTime(r.receivedAt, language) },
              { key: 'due', header: t('helpRequests.due'), cell: (r) => formatDateTime(r.dueAt, language) },
              {
                key: 'contact',
                header: t('helpRequests.contact'),
                cell: (r) => (isContactMethod(r.contactMethod) ? t(`helpRequests.contactMethod.${r.contactMethod}`) : r.contactMethod),
              },
              { key: 'status', header: t('helpRequests.status'), cell: (r) => (isStatus(r.status) ? t(`helpRequests.statuses.${r.status}`) : r.status) },
              {
                key: 'reply',
                header: t('helpRequests.reply.column'),
                cell: (r) => (
                  <Button
                    variant="secondary"
                    aria-label={t('helpRequests.reply.open', { topic: topicLabel(r.topic), received: formatDateTime(r.receivedAt, language) })}
                    onClick={() => open({ id: r.id, topic: r.topic, message: r.message, anonymous: r.anonymous })}
                  >
                    {t('helpRequests.reply.button')}
                  </Button>
                ),
              },
            ]}
          />
        ))}
      <Dialog
        open={replying !== null}
        onClose={() => setReplying(null)}
        title={replying ? t('helpRequests.reply.title', { topic: topicLabel(replying.topic) }) : ''}
        actions={
          <>
            <Button variant="secondary" onClick={() => setReplying(null)}>
              {t('helpRequests.reply.cancel')}
            </Button>
            <Button variant="primary" loading={sending.running} onClick={() => submit()}>
              {t('helpRequests.reply.send')}
            </Button>
          </>
        }
      >
        {replying && (
          <form onSubmit={submit} noValidate>
            <h3>{t('helpRequests.reply.request')}</h3>
            <blockquote style={{ whiteSpace: 'pre-wrap' }}>{replying.message}</blockquote>
            <p>{replying.anonymous ? t('helpRequests.reply.anonymousNote') : t('helpRequests.reply.namedNote')}</p>
            <TextArea
              label={t('helpRequests.reply.label')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              error={errorMessage(fieldError)}
              data-autofocus
              rows={6}
            />
            {sending.error && sending.fieldErrors.length === 0 && <RequestError error={sending.error} />}
          </form>
        )}
      </Dialog>
    </>
  );
}
