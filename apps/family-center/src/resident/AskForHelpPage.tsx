import { useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import {
  contactMethods,
  helpRequestMessageMaxLength,
  helpRequestSchema,
  helpRequestTopicLabels,
  helpRequestTopics,
  newReplyCode,
  type ContactMethod,
} from '@luotsi/family-domain';
import { fieldErrorAt, fieldErrorsUnder, validateInput, type FieldError } from '@luotsi/validation';
import {
  Alert,
  Button,
  CheckboxField,
  ErrorSummary,
  FieldErrorText,
  Link,
  PageHeading,
  RadioGroup,
  SelectField,
  Stack,
  TextArea,
  TextField,
  useFieldErrorMessage,
  type FormError,
} from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as pagesFi } from '../i18n/pages/fi';
import { signInHref } from './common';
import { MyMunicipality, useResidentSession } from './session';

const SetupQuery = graphql(`
  query FamilyHelpSetup {
    serviceMunicipalities { code name { text } }
  }
`);

const SendMutation = graphql(`
  mutation FamilySendHelpRequest($input: HelpRequestInput!) {
    sendHelpRequest(input: $input) { id contactMethod receivedAt dueAt }
  }
`);

interface Sent {
  contactMethod: string;
  dueAt: string;
  replyCode: string | null;
}

const newForm = () => ({ idempotencyKey: globalThis.crypto.randomUUID(), replyCode: newReplyCode() });
const ids = { topics: 'family-help-topic-0', message: 'family-help-message', contactMethod: 'family-help-contact', phone: 'family-help-phone', email: 'family-help-email', municipalityCode: 'family-help-municipality' } as const;

/** Immediate danger first: 112 and the crisis lines, with numbers that can be tapped on a phone. */
function DangerGuidance() {
  const { t } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const tel = (number: string) => <a href={`tel:${number.replace(/\s/g, '')}`}>{number}</a>;
  return (
    <Alert tone="warning" title={t('help.dangerTitle')}>
      <p>{t('help.dangerText')}</p>
      <ul>
        {(
          [
            ['help.crisisLine', '09 2525 0111'],
            ['help.crisisLineSv', '09 2525 0112'],
            ['help.childLine', '116 111'],
            ['help.violenceLine', '080 005 005'],
            ['help.medicalLine', '116 117'],
          ] as const
        ).map(([key, number]) => (
          <li key={key}>
            {t(key)}: {tel(number)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

export default function AskForHelpPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const message = useFieldErrorMessage();
  const setup = useQuery(SetupQuery);
  const session = useResidentSession();
  const [registered, setRegistered] = useState<string | null>(null);
  const [send, sending] = useMutation(SendMutation);
  const [keys, setKeys] = useState(newForm);
  const [topics, setTopics] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [contactMethod, setContactMethod] = useState<ContactMethod | ''>('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [copied, setCopied] = useState(false);

  const signedIn = session === 'signed-in' && registered !== null;
  // A named request of a signed-in resident goes to their own municipality; others choose one.
  const asksMunicipality = !(signedIn && contactMethod !== 'anonymous');

  const all = [...errors, ...fieldErrorsUnder(sending.fieldErrors, ['input'])];
  const errorOf = (field: string) => message(fieldErrorAt(all, field) ?? fieldErrorAt(all, [field, 0]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    const input = {
      topics,
      message: text,
      contactMethod,
      phone: contactMethod === 'phone' ? phone : null,
      email: contactMethod === 'email' ? email : null,
      municipalityCode: asksMunicipality ? municipalityCode || null : registered,
      idempotencyKey: keys.idempotencyKey,
      replyCode: contactMethod === 'anonymous' ? keys.replyCode : null,
    };
    const checked = validateInput(helpRequestSchema, input);
    const missingMunicipality: FieldError[] = asksMunicipality && !municipalityCode ? [{ path: ['municipalityCode'], code: 'required' }] : [];
    const found = [...(checked.ok ? [] : checked.errors), ...missingMunicipality];
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    try {
      const result = await send({ input: { ...input, contactMethod: contactMethod as string } });
      setSent({ contactMethod: result.sendHelpRequest.contactMethod, dueAt: result.sendHelpRequest.dueAt, replyCode: contactMethod === 'anonymous' ? keys.replyCode : null });
    } catch {
      // Nothing typed is lost: the form keeps its values; the BFF's field errors show at the fields.
      setFailed(true);
      setAttempt((n) => n + 1);
    }
  };

  const startOver = () => {
    setKeys(newForm());
    setTopics([]);
    setText('');
    setContactMethod('');
    setPhone('');
    setEmail('');
    setErrors([]);
    setSent(null);
    setCopied(false);
  };

  if (sent)
    return (
      <>
        <PageHeading>{t('help.sentTitle')}</PageHeading>
        <Stack gap="m">
          <Alert tone="success">
            <p>{t('help.sentDue', { date: formatDateTime(sent.dueAt, language) })}</p>
            {sent.contactMethod === 'phone' && <p>{t('help.sentPhone')}</p>}
            {sent.contactMethod === 'email' && <p>{t('help.sentEmail')}</p>}
            {sent.contactMethod === 'portal' && <p>{t('help.sentPortal')}</p>}
          </Alert>
          {sent.replyCode && (
            <section aria-labelledby="family-reply-code" className="lx-panel">
              <h2 id="family-reply-code">{t('help.codeTitle')}</h2>
              <p data-testid="family-reply-code" style={{ fontFamily: 'monospace', fontSize: '1.75rem', letterSpacing: '0.1em' }}>
                {sent.replyCode}
              </p>
              <p>{t('help.codeAdvice')}</p>
              <Button
                variant="secondary"
                onClick={() => {
                  void navigator.clipboard?.writeText(sent.replyCode ?? '').then(() => setCopied(true), () => setCopied(false));
                }}
              >
                {t('help.copy')}
              </Button>
              <p role="status">{copied ? t('help.copied') : ''}</p>
              <p>
                <Link href={to('reply')}>{t('help.readReply')}</Link>
              </p>
            </section>
          )}
          <p>
            <Button variant="secondary" onClick={startOver}>
              {t('help.another')}
            </Button>
          </p>
        </Stack>
      </>
    );

  const summary: FormError[] = (Object.keys(ids) as (keyof typeof ids)[])
    .map((field) => ({ field, text: errorOf(field) }))
    .filter((e) => e.text)
    .map((e) => ({ fieldId: ids[e.field], message: e.text }));

  return (
    <>
      <PageHeading>{t('help.title')}</PageHeading>
      {session === 'signed-in' && <MyMunicipality onKnown={setRegistered} />}
      <p>{t('help.intro')}</p>
      <DangerGuidance />
      {summary.length > 0 && <ErrorSummary key={attempt} title={t('help.errors')} errors={summary} />}
      {failed && sending.fieldErrors.length === 0 && <Alert tone="error">{t('help.failed')}</Alert>}
      <form onSubmit={submit} noValidate>
        <Stack gap="m">
          <fieldset className="lx-fieldset" aria-describedby="family-help-topics-hint">
            <legend className="lx-field__label">{t('help.topics')}</legend>
            <p id="family-help-topics-hint" className="lx-field__hint">
              {t('help.topicsHint')}
            </p>
            {errorOf('topics') && (
              <p className="lx-field__error">
                <FieldErrorText error={fieldErrorAt(all, 'topics') ?? fieldErrorAt(all, ['topics', 0])} />
              </p>
            )}
            {helpRequestTopics.map((topic, i) => (
              <CheckboxField
                key={topic}
                id={i === 0 ? ids.topics : `family-help-topic-${i}`}
                label={helpRequestTopicLabels[topic][language]}
                checked={topics.includes(topic)}
                onChange={(e) => setTopics(e.target.checked ? [...topics, topic] : topics.filter((x) => x !== topic))}
              />
            ))}
          </fieldset>
          <TextArea
            id={ids.message}
            label={t('help.message')}
            hint={t('help.messageHint', { max: helpRequestMessageMaxLength })}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={errorOf('message')}
            rows={6}
          />
          <RadioGroup
            id={ids.contactMethod}
            name="family-help-contact"
            label={t('help.contact')}
            value={contactMethod}
            onChange={(value) => setContactMethod(value as ContactMethod)}
            error={errorOf('contactMethod')}
            options={contactMethods.map((m) => ({
              value: m,
              label: t(`help.contactMethod.${m}`),
              disabled: m === 'portal' && !signedIn,
              hint: m === 'anonymous' ? t('help.anonymousHint') : undefined,
            }))}
          />
          {session === 'signed-out' && (
            <p>
              <Link href={signInHref(language)} external>
                {t('help.portalSignedOut')}
              </Link>
            </p>
          )}
          {contactMethod === 'phone' && (
            <TextField id={ids.phone} label={t('help.phone')} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={errorOf('phone')} width="medium" />
          )}
          {contactMethod === 'email' && (
            <TextField id={ids.email} label={t('help.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errorOf('email')} width="medium" />
          )}
          {asksMunicipality && (
            <SelectField
              id={ids.municipalityCode}
              label={t('help.municipality')}
              hint={t('help.municipalityHint')}
              value={municipalityCode}
              onChange={(e) => setMunicipalityCode(e.target.value)}
              placeholder={t('help.choose')}
              error={errorOf('municipalityCode')}
              width="medium"
              options={setup.status === 'success' ? setup.data.serviceMunicipalities.map((m) => ({ value: m.code, label: m.name.text })) : []}
            />
          )}
          <div>
            <Button type="submit" variant="primary" loading={sending.running}>
              {t('help.send')}
            </Button>
          </div>
        </Stack>
      </form>
    </>
  );
}
