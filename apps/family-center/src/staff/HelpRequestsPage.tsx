import { useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { helpRequestReplySchema, helpRequestTopicLabels, helpRequestTopics, isContactMethod, isHelpRequestTopic } from '@luotsi/family-domain';
import { fieldErrorAt, validateInput, type FieldError } from '@luotsi/validation';
import { Alert, Button, Dialog, PageHeading, RequestError, SelectField, Skeleton, Stack, Table, TextArea, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../gql';
import type { FamilyHelpRequestsQuery } from '../gql/graphql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';

const HelpRequestsQuery = graphql(`
  query FamilyHelpRequests {
    familyHelpRequests {
      id
      topic
      topics
      message
      contactMethod
      contactPhone
      contactEmail
      anonymous
      status
      receivedAt
      dueAt
      deadline
      claimed
      claimedByMe
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

const ClaimMutation = graphql(`
  mutation FamilyClaimHelpRequest($id: ID!) {
    claimHelpRequest(id: $id) { id claimed claimedByMe }
  }
`);

const CloseMutation = graphql(`
  mutation FamilyCloseHelpRequest($id: ID!, $closeCode: String!) {
    closeHelpRequest(id: $id, closeCode: $closeCode) { id status closeCode }
  }
`);

type Request = FamilyHelpRequestsQuery['familyHelpRequests'][number];

const statuses = ['new', 'answered'] as const;
// Only these are said in words; the others need no warning.
const deadlines = ['overdue', 'due-today'] as const;
const isStatus = (value: string): value is (typeof statuses)[number] => (statuses as readonly string[]).includes(value);
const isDeadline = (value: string): value is (typeof deadlines)[number] => (deadlines as readonly string[]).includes(value);

type Outcome = { kind: 'sent'; anonymous: boolean } | { kind: 'gone' } | { kind: 'closed' } | { kind: 'claimed' };

export default function HelpRequestsPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof staffFi>('familyCenter');
  const requests = useQuery(HelpRequestsQuery);
  const [sendReply, sending] = useMutation(ReplyMutation);
  const [claim, claiming] = useMutation(ClaimMutation);
  const [close, closing] = useMutation(CloseMutation);
  const errorMessage = useFieldErrorMessage();
  const [openId, setOpenId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [closeCode, setCloseCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const rows: Request[] = requests.status === 'success' ? requests.data.familyHelpRequests : [];
  const open = rows.find((r) => r.id === openId) ?? null;
  const topicLabel = (topic: string) => (isHelpRequestTopic(topic) ? helpRequestTopicLabels[topic][language] : topic);
  const topicsLabel = (r: Request) => (r.topics.length ? r.topics : [r.topic]).map(topicLabel).join(', ');

  const show = (r: Request) => {
    setOpenId(r.id);
    setText('');
    setCloseCode(isHelpRequestTopic(r.topic) ? r.topic : '');
    setErrors([]);
    setOutcome(null);
  };
  const finish = (result: Outcome) => {
    setOutcome(result);
    setOpenId(null);
    requests.refetch();
  };
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!open) return;
    const checked = validateInput(helpRequestReplySchema, { message: text });
    if (!checked.ok) return void setErrors(checked.errors);
    try {
      const result = await sendReply({ id: open.id, message: checked.value.message });
      // Null: the request is no longer in the professional's units (moved or removed).
      finish(result.replyToHelpRequest ? { kind: 'sent', anonymous: open.anonymous } : { kind: 'gone' });
    } catch {
      // The mutation's state holds the error; field errors from the BFF show at the field.
    }
  };
  const take = async () => {
    if (!open) return;
    try {
      const result = await claim({ id: open.id });
      if (!result.claimHelpRequest) return finish({ kind: 'gone' });
      setOutcome({ kind: 'claimed' });
      requests.refetch();
    } catch {
      // Shown from the mutation's state.
    }
  };
  const closeRequest = async () => {
    if (!open || !closeCode) return;
    try {
      const result = await close({ id: open.id, closeCode });
      finish(result.closeHelpRequest ? { kind: 'closed' } : { kind: 'gone' });
    } catch {
      // Shown from the mutation's state.
    }
  };
  const fieldError = fieldErrorAt(errors, 'message') ?? fieldErrorAt(sending.fieldErrors, 'message');
  const failure = [sending, claiming, closing].find((m) => m.error && m.fieldErrors.length === 0)?.error;

  return (
    <>
      <PageHeading>{t('helpRequests.title')}</PageHeading>
      <p>{t('helpRequests.intro')}</p>
      {outcome?.kind === 'gone' && <Alert tone="warning">{t('helpRequests.reply.gone')}</Alert>}
      {outcome?.kind === 'sent' && <Alert tone="success">{outcome.anonymous ? t('helpRequests.reply.sentAnonymous') : t('helpRequests.reply.sent')}</Alert>}
      {outcome?.kind === 'closed' && <Alert tone="success">{t('helpRequests.close.done')}</Alert>}
      {requests.status === 'loading' && <Skeleton lines={3} />}
      {requests.status === 'error' && <RequestError error={requests.error} />}
      {requests.status === 'success' &&
        (rows.length === 0 ? (
          <p>{t('helpRequests.empty')}</p>
        ) : (
          <Table
            caption={t('helpRequests.caption')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { key: 'topic', header: t('helpRequests.topic'), rowHeader: true, cell: (r) => topicsLabel(r) },
              { key: 'received', header: t('helpRequests.received'), cell: (r) => formatDateTime(r.receivedAt, language) },
              {
                key: 'due',
                header: t('helpRequests.due'),
                cell: (r) => {
                  // Said in words, not only in colour: "overdue", "due today".
                  const state = isDeadline(r.deadline) ? t(`helpRequests.deadline.${r.deadline}`) : '';
                  return (
                    <>
                      {formatDateTime(r.dueAt, language)}
                      {state && (
                        <>
                          {' '}
                          <strong>{state}</strong>
                        </>
                      )}
                    </>
                  );
                },
              },
              {
                key: 'contact',
                header: t('helpRequests.contact'),
                cell: (r) => (isContactMethod(r.contactMethod) ? t(`helpRequests.contactMethod.${r.contactMethod}`) : r.contactMethod),
              },
              {
                key: 'status',
                header: t('helpRequests.status'),
                cell: (r) => (
                  <>
                    {isStatus(r.status) ? t(`helpRequests.statuses.${r.status}`) : r.status}
                    {r.claimed && (
                      <>
                        <br />
                        {r.claimedByMe ? t('helpRequests.claimedByMe') : t('helpRequests.claimedByOther')}
                      </>
                    )}
                  </>
                ),
              },
              {
                key: 'reply',
                header: t('helpRequests.reply.column'),
                cell: (r) => (
                  <Button
                    variant="secondary"
                    aria-label={t('helpRequests.reply.open', { topic: topicsLabel(r), received: formatDateTime(r.receivedAt, language) })}
                    onClick={() => show(r)}
                  >
                    {t('helpRequests.reply.button')}
                  </Button>
                ),
              },
            ]}
          />
        ))}
      <Dialog
        open={open !== null}
        onClose={() => setOpenId(null)}
        title={open ? t('helpRequests.reply.title', { topic: topicsLabel(open) }) : ''}
        actions={
          <>
            <Button variant="secondary" onClick={() => setOpenId(null)}>
              {t('helpRequests.reply.cancel')}
            </Button>
            <Button variant="primary" loading={sending.running} onClick={() => submit()}>
              {t('helpRequests.reply.send')}
            </Button>
          </>
        }
      >
        {open && (
          <Stack gap="m">
            <form onSubmit={submit} noValidate>
              <h3>{t('helpRequests.reply.request')}</h3>
              <blockquote style={{ whiteSpace: 'pre-wrap' }}>{open.message}</blockquote>
              {open.contactPhone && <p>{t('helpRequests.contactPhone', { phone: open.contactPhone })}</p>}
              {open.contactEmail && <p>{t('helpRequests.contactEmail', { email: open.contactEmail })}</p>}
              <p>
                {open.claimedByMe ? (
                  t('helpRequests.claimedByMe')
                ) : (
                  <>
                    {open.claimed && `${t('helpRequests.claimedByOther')} `}
                    <Button variant="secondary" loading={claiming.running} onClick={() => take()}>
                      {t('helpRequests.claim')}
                    </Button>
                  </>
                )}
              </p>
              {outcome?.kind === 'claimed' && <p role="status">{t('helpRequests.claimed')}</p>}
              <p>{open.anonymous ? t('helpRequests.reply.anonymousNote') : t('helpRequests.reply.namedNote')}</p>
              <TextArea
                label={t('helpRequests.reply.label')}
                value={text}
                onChange={(e) => setText(e.target.value)}
                error={errorMessage(fieldError)}
                data-autofocus
                rows={6}
              />
            </form>
            <section aria-labelledby="family-close-title">
              <h3 id="family-close-title">{t('helpRequests.close.title')}</h3>
              <Stack gap="s">
                <SelectField
                  label={t('helpRequests.close.code')}
                  hint={t('helpRequests.close.hint')}
                  value={closeCode}
                  onChange={(e) => setCloseCode(e.target.value)}
                  options={helpRequestTopics.map((k) => ({ value: k, label: helpRequestTopicLabels[k][language] }))}
                />
                <div>
                  <Button variant="secondary" loading={closing.running} disabled={!closeCode} onClick={() => closeRequest()}>
                    {t('helpRequests.close.button')}
                  </Button>
                </div>
              </Stack>
            </section>
            {failure && <RequestError error={failure} />}
          </Stack>
        )}
      </Dialog>
    </>
  );
}
