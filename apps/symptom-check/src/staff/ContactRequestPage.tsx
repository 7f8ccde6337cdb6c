import { useState, type FormEvent } from 'react';
import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery, type GraphqlRequestError } from '@luotsi/graphql-client';
import { isUrgency } from '@luotsi/questionnaires';
import { isOutcomeCode, outcomeCodes, phoneCallSchema, queueAnswerSchema } from '@luotsi/symptoms-domain';
import { fieldErrorAt, validateInput, type FieldError } from '@luotsi/validation';
import { Alert, Button, Link, PageHeading, RequestError, SelectField, Skeleton, Stack, TextArea, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as staffFi } from './i18n/fi';
import { DeadlineTimer, useMinuteClock } from './clock';

const OpenRequestQuery = graphql(`
  query SymptomContactRequest($id: ID!) {
    symptomContactRequest(id: $id) {
      id
      urgency
      status
      receivedAt
      deadlineAt
      claimedById
      claimedByMe
      outcome
      closedAt
      patientName
      patientBirthDate
      contactPhone
      contactEmail
      reply
      questionnaire { id name { text language isFallback } }
      summary { text language isFallback }
      answers { itemId question answer }
      history { type at staffName toStaffName note outcome }
    }
    symptomQueueColleagues { id name }
  }
`);

const ClaimMutation = graphql(`
  mutation ClaimSymptomContactRequest($id: ID!, $key: String!) {
    claimSymptomContactRequest(id: $id, idempotencyKey: $key) { id status }
  }
`);
const ReassignMutation = graphql(`
  mutation ReassignSymptomContactRequest($id: ID!, $key: String!, $toStaffId: ID!) {
    reassignSymptomContactRequest(id: $id, idempotencyKey: $key, toStaffId: $toStaffId) { id status }
  }
`);
const AnswerMutation = graphql(`
  mutation AnswerSymptomContactRequest($id: ID!, $key: String!, $message: String!) {
    answerSymptomContactRequest(id: $id, idempotencyKey: $key, message: $message) { id status }
  }
`);
const CallMutation = graphql(`
  mutation RecordSymptomContactRequestCall($id: ID!, $key: String!, $note: String!) {
    recordSymptomContactRequestCall(id: $id, idempotencyKey: $key, note: $note) { id status }
  }
`);
const CloseMutation = graphql(`
  mutation CloseSymptomContactRequest($id: ID!, $key: String!, $outcome: String!) {
    closeSymptomContactRequest(id: $id, idempotencyKey: $key, outcome: $outcome) { id status }
  }
`);

type Texts = typeof fi & typeof staffFi;
type Done = 'claimed' | 'reassigned' | 'answered' | 'phone-call' | 'closed' | 'gone';

/** One key per form fill: a double click or a retry of the same action is done once by the BFF. */
const newKey = () => crypto.randomUUID();

/** BAD_USER_INPUT without field errors: the request changed (a colleague claimed or closed it). */
function ActionError({ error }: { error: GraphqlRequestError | undefined }) {
  const { t } = useTexts<Texts>('symptomCheck');
  if (!error || error.fields.length > 0) return null;
  if (error.code === 'BAD_USER_INPUT') return <Alert tone="error">{t('contactRequest.conflict')}</Alert>;
  return <RequestError error={error} />;
}

export default function ContactRequestPage(props: ModulePageProps) {
  const params = useParams<{ requestId?: string }>();
  return <ContactRequestView {...props} id={params.requestId ?? ''} />;
}

/** One request opened for handling: the summary, the answers, the actions and the history. */
export function ContactRequestView({ language, to, id }: ModulePageProps & { id: string }) {
  const { t } = useTexts<Texts>('symptomCheck');
  const errorMessage = useFieldErrorMessage();
  const opened = useQuery(OpenRequestQuery, { id });
  const now = useMinuteClock();
  const [claim, claiming] = useMutation(ClaimMutation);
  const [reassign, reassigning] = useMutation(ReassignMutation);
  const [answer, answering] = useMutation(AnswerMutation);
  const [call, calling] = useMutation(CallMutation);
  const [close, closing] = useMutation(CloseMutation);
  // What the last action did, for this request only (the page may be reused for another id).
  const [doneFor, setDoneFor] = useState<{ id: string; kind: Done } | null>(null);
  const done = doneFor?.id === id ? doneFor.kind : null;
  const [keys, setKeys] = useState(() => ({ claim: newKey(), reassign: newKey(), answer: newKey(), call: newKey(), close: newKey() }));
  const [message, setMessage] = useState('');
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [outcome, setOutcome] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const after = (kind: Exclude<Done, 'gone'>, key: keyof typeof keys, result: { id: string } | null | undefined) => {
    setDoneFor({ id, kind: result ? kind : 'gone' });
    setKeys((k) => ({ ...k, [key]: newKey() }));
    setErrors([]);
    opened.refetch();
  };
  const ignore = () => undefined; // the mutation's state holds the error

  const request = opened.status === 'success' ? opened.data.symptomContactRequest : null;
  const colleagues = opened.status === 'success' ? opened.data.symptomQueueColleagues : [];
  const urgencyText = (urgency: string) => (isUrgency(urgency) ? t(`urgency.${urgency}`) : t('urgency.unknown', { id: urgency }));
  const nameOf = (staffId: string | null | undefined) => colleagues.find((c) => c.id === staffId)?.name ?? t('contactRequest.colleague');

  const submitAnswer = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateInput(queueAnswerSchema, { message });
    if (!checked.ok) return void setErrors(checked.errors);
    const result = await answer({ id, key: keys.answer, message: checked.value.message }).catch(ignore);
    if (result) {
      setMessage('');
      after('answered', 'answer', result.answerSymptomContactRequest);
    }
  };
  const submitCall = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateInput(phoneCallSchema, { note });
    if (!checked.ok) return void setErrors(checked.errors);
    const result = await call({ id, key: keys.call, note: checked.value.note }).catch(ignore);
    if (result) {
      setNote('');
      after('phone-call', 'call', result.recordSymptomContactRequestCall);
    }
  };
  const submitReassign = async (event: FormEvent) => {
    event.preventDefault();
    if (!assignee) return void setErrors([{ path: ['toStaffId'], code: 'required' }]);
    const result = await reassign({ id, key: keys.reassign, toStaffId: assignee }).catch(ignore);
    if (result) after('reassigned', 'reassign', result.reassignSymptomContactRequest);
  };
  const submitClose = async (event: FormEvent) => {
    event.preventDefault();
    if (!isOutcomeCode(outcome)) return void setErrors([{ path: ['outcome'], code: 'required' }]);
    const result = await close({ id, key: keys.close, outcome }).catch(ignore);
    if (result) after('closed', 'close', result.closeSymptomContactRequest);
  };
  const fieldError = (name: string, server: readonly FieldError[] = []) => errorMessage(fieldErrorAt(errors, name) ?? fieldErrorAt(server, name));

  const open = request !== null && request.status !== 'handled';
  const mine = request?.claimedByMe ?? false;
  const free = request !== null && request.claimedById === null;
  const mayAct = open && (mine || free);
  // The appointments calendar has no link that opens a booking for a given client: the nurse
  // books there and chooses the client (docs/modules/symptom-check.md).
  const calendarHref = to('').replace(/\/symptom-check$/, '/appointments');

  return (
    <>
      <PageHeading>{request ? t('contactRequest.title', { assessment: request.questionnaire.name.text }) : t('contactRequest.titleLoading')}</PageHeading>
      <p>
        <Link href={to('')}>{t('contactRequest.back')}</Link>
      </p>
      {done && (
        <Alert tone={done === 'gone' ? 'warning' : 'success'} live>
          {t(`contactRequest.done.${done}`)}
        </Alert>
      )}
      {opened.status === 'loading' && <Skeleton lines={6} />}
      {opened.status === 'error' && <RequestError error={opened.error} />}
      {opened.status === 'success' && !request && <Alert tone="warning">{t('contactRequest.notFound')}</Alert>}
      {request && (
        <Stack gap="l">
          <section aria-labelledby="sc-request-summary" className="lx-panel">
            <h2 id="sc-request-summary">{t('contactRequest.summaryHeading')}</h2>
            <dl>
              <dt>{t('contactRequests.urgency')}</dt>
              <dd>{urgencyText(request.urgency)}</dd>
              <dt>{t('contactRequest.result')}</dt>
              <dd lang={request.summary.language}>{request.summary.text}</dd>
              <dt>{t('contactRequests.received')}</dt>
              <dd>{formatDateTime(request.receivedAt, language)}</dd>
              <dt>{t('contactRequests.deadline')}</dt>
              <dd>
                {formatDateTime(request.deadlineAt, language)}
                {open && (
                  <>
                    {' – '}
                    <DeadlineTimer deadline={request.deadlineAt} now={now} />
                  </>
                )}
              </dd>
              <dt>{t('contactRequests.status')}</dt>
              <dd>
                {request.status === 'handled'
                  ? t('contactRequest.closedWith', { outcome: request.outcome && isOutcomeCode(request.outcome) ? t(`outcome.${request.outcome}`) : (request.outcome ?? '') })
                  : mine
                    ? t('contactRequest.handledByYou')
                    : request.claimedById
                      ? t('contactRequest.handledBy', { name: nameOf(request.claimedById) })
                      : t('contactRequest.unclaimed')}
              </dd>
            </dl>
          </section>

          <section aria-labelledby="sc-request-patient" className="lx-panel">
            <h2 id="sc-request-patient">{t('contactRequest.patientHeading')}</h2>
            <dl>
              <dt>{t('contactRequest.patient')}</dt>
              <dd>{request.patientName}</dd>
              <dt>{t('contactRequest.birthDate')}</dt>
              <dd>{formatDate(request.patientBirthDate, language)}</dd>
              <dt>{t('contactRequest.phone')}</dt>
              <dd>{request.contactPhone ? <a href={`tel:${request.contactPhone.replace(/\s+/g, '')}`}>{request.contactPhone}</a> : t('contactRequest.none')}</dd>
              <dt>{t('contactRequest.email')}</dt>
              <dd>{request.contactEmail ?? t('contactRequest.none')}</dd>
            </dl>
          </section>

          <section aria-labelledby="sc-request-answers">
            <h2 id="sc-request-answers">{t('contactRequest.answersHeading')}</h2>
            {request.answers.length === 0 ? (
              <p>{t('contactRequest.noAnswers')}</p>
            ) : (
              <dl data-testid="symptom-request-answers">
                {request.answers.map((a) => (
                  <div key={a.itemId}>
                    <dt>{a.question}</dt>
                    <dd>{a.answer}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>

          {open && (
            <section aria-labelledby="sc-request-actions">
              <h2 id="sc-request-actions">{t('contactRequest.actionsHeading')}</h2>
              {!mayAct && <p>{t('contactRequest.claimedByOther', { name: nameOf(request.claimedById) })}</p>}
              <Stack gap="m">
                {free && (
                  <div>
                    <Button variant="secondary" loading={claiming.running} onClick={() => claim({ id, key: keys.claim }).then((r) => after('claimed', 'claim', r.claimSymptomContactRequest), ignore)}>
                      {t('contactRequest.claim')}
                    </Button>
                    <ActionError error={claiming.error} />
                  </div>
                )}
                {mayAct && (
                  <form onSubmit={submitAnswer} noValidate aria-labelledby="sc-answer-heading">
                    <h3 id="sc-answer-heading">{t('contactRequest.answerHeading')}</h3>
                    <p>{t('contactRequest.answerHint')}</p>
                    <TextArea label={t('contactRequest.answerLabel')} value={message} onChange={(e) => setMessage(e.target.value)} error={fieldError('message', answering.fieldErrors)} rows={5} />
                    <Button type="submit" variant="primary" loading={answering.running}>
                      {t('contactRequest.answerSend')}
                    </Button>
                    <ActionError error={answering.error} />
                  </form>
                )}
                {mayAct && (
                  <form onSubmit={submitCall} noValidate aria-labelledby="sc-call-heading">
                    <h3 id="sc-call-heading">{t('contactRequest.callHeading')}</h3>
                    <TextArea label={t('contactRequest.callLabel')} hint={t('contactRequest.callHint')} value={note} onChange={(e) => setNote(e.target.value)} error={fieldError('note', calling.fieldErrors)} rows={3} />
                    <Button type="submit" variant="secondary" loading={calling.running}>
                      {t('contactRequest.callSave')}
                    </Button>
                    <ActionError error={calling.error} />
                  </form>
                )}
                <div>
                  <h3>{t('contactRequest.bookHeading')}</h3>
                  <p>{t('contactRequest.bookHint', { name: request.patientName })}</p>
                  <Link href={calendarHref}>{t('contactRequest.bookLink')}</Link>
                </div>
                <form onSubmit={submitReassign} noValidate aria-labelledby="sc-reassign-heading">
                  <h3 id="sc-reassign-heading">{t('contactRequest.reassignHeading')}</h3>
                  <SelectField
                    label={t('contactRequest.reassignLabel')}
                    value={assignee}
                    onChange={(e) => setAssignee(e.target.value)}
                    placeholder={t('contactRequest.choose')}
                    options={colleagues.filter((c) => c.id !== request.claimedById).map((c) => ({ value: c.id, label: c.name }))}
                    error={fieldError('toStaffId', reassigning.fieldErrors)}
                  />
                  <Button type="submit" variant="secondary" loading={reassigning.running}>
                    {t('contactRequest.reassign')}
                  </Button>
                  <ActionError error={reassigning.error} />
                </form>
                {mayAct && (
                  <form onSubmit={submitClose} noValidate aria-labelledby="sc-close-heading">
                    <h3 id="sc-close-heading">{t('contactRequest.closeHeading')}</h3>
                    <SelectField
                      label={t('contactRequest.outcomeLabel')}
                      value={outcome}
                      onChange={(e) => setOutcome(e.target.value)}
                      placeholder={t('contactRequest.choose')}
                      options={outcomeCodes.map((code) => ({ value: code, label: t(`outcome.${code}`) }))}
                      error={fieldError('outcome', closing.fieldErrors)}
                    />
                    <Button type="submit" variant="secondary" loading={closing.running}>
                      {t('contactRequest.close')}
                    </Button>
                    <ActionError error={closing.error} />
                  </form>
                )}
              </Stack>
            </section>
          )}

          <section aria-labelledby="sc-request-history">
            <h2 id="sc-request-history">{t('contactRequest.historyHeading')}</h2>
            <ol data-testid="symptom-request-history">
              {request.history.map((h, index) => (
                <li key={index}>
                  <strong>{formatDateTime(h.at, language)}</strong>{' '}
                  {t(`contactRequest.event.${isEventType(h.type) ? h.type : 'unknown'}`, {
                    name: h.staffName ?? t('contactRequest.colleague'),
                    to: h.toStaffName ?? t('contactRequest.colleague'),
                    outcome: h.outcome && isOutcomeCode(h.outcome) ? t(`outcome.${h.outcome}`) : (h.outcome ?? ''),
                  })}
                  {h.note && <blockquote style={{ whiteSpace: 'pre-wrap' }}>{h.note}</blockquote>}
                </li>
              ))}
            </ol>
          </section>
        </Stack>
      )}
    </>
  );
}

const eventTypes = ['sent', 'claimed', 'reassigned', 'answered', 'phone-call', 'closed'] as const;
const isEventType = (value: string): value is (typeof eventTypes)[number] => (eventTypes as readonly string[]).includes(value);
