import { useState, type FormEvent } from 'react';
import type { Language, ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { feedbackHandlerNoteMaxLength, handleFeedbackSchema } from '@luotsi/services-domain';
import { fieldErrorAt, fieldErrorsUnder, validateInput, type FieldError } from '@luotsi/validation';
import { Alert, Button, LocalizedSpan, PageHeading, RadioGroup, RequestError, Skeleton, Stack, Table, TextArea, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { ServiceFeedbackKind, ServiceFeedbackState, ServiceTrayFeedbackQueueQuery } from '../../gql/graphql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';

const QueueQuery = graphql(`
  query ServiceTrayFeedbackQueue($state: ServiceFeedbackState!, $kind: ServiceFeedbackKind) {
    serviceFeedback(state: $state, kind: $kind) {
      id kind text language sender state createdAt handledAt handlerNote
      service { id name { text language isFallback } organization { id name { text language isFallback } } }
    }
    serviceFeedbackCounts { new handled newByKind { kind count } }
  }
`);

const HandleMutation = graphql(`
  mutation ServiceTrayHandleFeedback($input: HandleServiceFeedbackInput!) {
    handleServiceFeedback(input: $input) { id state handledAt handlerNote }
  }
`);

type Texts = typeof fi & typeof staffFi;
type Item = ServiceTrayFeedbackQueueQuery['serviceFeedback'][number];
const kinds: ServiceFeedbackKind[] = ['WRONG_INFORMATION', 'HELPED', 'OTHER'];

/** The curators' feedback queue: new items oldest first, filtered by kind; handled ones with their notes. */
export default function FeedbackQueuePage({ language }: ModulePageProps) {
  const { t } = useTexts<Texts>('serviceTray');
  const [state, setState] = useState<ServiceFeedbackState>('NEW');
  const [kind, setKind] = useState<ServiceFeedbackKind | ''>('');
  const queue = useQuery(QueueQuery, { state, kind: kind || null });
  const counts = queue.data?.serviceFeedbackCounts;
  return (
    <>
      <PageHeading>{t('feedbackQueue.title')}</PageHeading>
      <p>{t('feedbackQueue.intro')}</p>
      <p role="status">{counts ? t('feedbackQueue.counts', { new: counts.new, handled: counts.handled }) : ''}</p>
      <Stack gap="m">
        <RadioGroup
          label={t('feedbackQueue.state')}
          name="feedback-state"
          inline
          value={state}
          onChange={(value) => setState(value === 'HANDLED' ? 'HANDLED' : 'NEW')}
          options={[
            { value: 'NEW', label: t('feedbackQueue.states.NEW') },
            { value: 'HANDLED', label: t('feedbackQueue.states.HANDLED') },
          ]}
        />
        <RadioGroup
          label={t('feedbackQueue.kind')}
          name="feedback-kind"
          inline
          value={kind}
          onChange={(value) => setKind(kinds.find((k) => k === value) ?? '')}
          options={[{ value: '', label: t('feedbackQueue.allKinds') }, ...kinds.map((k) => ({ value: k, label: t(`feedback.kinds.${k}`) }))]}
        />
      </Stack>
      {queue.status === 'loading' && <Skeleton lines={6} />}
      {queue.status === 'error' && <RequestError error={queue.error} />}
      {queue.status === 'success' && (
        <>
          {state === 'NEW' && counts && (
            <Table
              caption={t('feedbackQueue.byKind')}
              rows={counts.newByKind}
              rowKey={(row) => row.kind}
              columns={[
                { key: 'kind', header: t('feedbackQueue.kind'), rowHeader: true, cell: (row) => t(`feedback.kinds.${row.kind}`) },
                { key: 'count', header: t('feedbackQueue.count'), align: 'end', cell: (row) => String(row.count) },
              ]}
            />
          )}
          <h2>{t(`feedbackQueue.listTitle.${state}`)}</h2>
          {queue.data.serviceFeedback.length === 0 ? (
            <p>{t('feedbackQueue.empty')}</p>
          ) : (
            <ol className="feedback-queue">
              {queue.data.serviceFeedback.map((item) => (
                <li key={item.id}>
                  <FeedbackItem item={item} language={language} onHandled={queue.refetch} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}

function FeedbackItem({ item, language, onHandled }: { item: Item; language: Language; onHandled: () => void }) {
  const { t } = useTexts<Texts>('serviceTray');
  const errorMessage = useFieldErrorMessage();
  const [handle, handling] = useMutation(HandleMutation);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const titleId = `feedback-${item.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (handling.running) return;
    const checked = validateInput(handleFeedbackSchema, { id: item.id, note });
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors([]);
    try {
      await handle({ input: { id: item.id, note: checked.value.note } });
      onHandled();
    } catch {
      // Shown from the mutation's state.
    }
  };
  const noteError = errorMessage(fieldErrorAt([...errors, ...fieldErrorsUnder(handling.fieldErrors, ['input'])], 'note'));

  return (
    <article aria-labelledby={titleId} className="feedback-item">
      <h3 id={titleId}>
        {item.service ? <LocalizedSpan content={item.service.name} /> : t('feedbackQueue.serviceGone')}: {t(`feedback.kinds.${item.kind}`)}
      </h3>
      <dl>
        <dt>{t('feedbackQueue.received')}</dt>
        <dd>{formatDateTime(item.createdAt, language)} · {t(`feedbackQueue.senders.${item.sender}`)} · {t(`language.${item.language as 'fi'}`)}</dd>
        {item.service && (
          <>
            <dt>{t('feedbackQueue.provider')}</dt>
            <dd><LocalizedSpan content={item.service.organization.name} /></dd>
          </>
        )}
        <dt>{t('feedbackQueue.text')}</dt>
        <dd lang={item.language}>{item.text || t('feedbackQueue.noText')}</dd>
        {item.state === 'HANDLED' && (
          <>
            <dt>{t('feedbackQueue.handled')}</dt>
            <dd>{item.handledAt ? formatDateTime(item.handledAt, language) : ''} {item.handlerNote ? `· ${item.handlerNote}` : ''}</dd>
          </>
        )}
      </dl>
      {item.state === 'NEW' && (
        <form onSubmit={submit} noValidate aria-label={t('feedbackQueue.handleFor', { service: item.service?.name.text ?? '' })}>
          <Stack gap="s">
            <TextArea
              label={t('feedbackQueue.note')}
              hint={t('feedbackQueue.noteHint', { max: feedbackHandlerNoteMaxLength })}
              optional
              rows={2}
              maxLength={feedbackHandlerNoteMaxLength}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={noteError}
            />
            {handling.error && handling.fieldErrors.length === 0 && <Alert tone="error">{t('error')}</Alert>}
            <div>
              <Button type="submit" variant="primary" loading={handling.running}>
                {t('feedbackQueue.markHandled')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </article>
  );
}
