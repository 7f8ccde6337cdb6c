import { useEffect, useState, type FormEvent } from 'react';
import { useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { Alert, Button, CheckboxField, Link, RadioGroup, RequestError, Skeleton, Stack, TextField } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as assessmentFi } from '../assessment/i18n/fi';
import { clearFlow } from './answers-store';

const MeQuery = graphql(`
  query SymptomCheckMe {
    me { id firstName children { id firstName } }
  }
`);

const SaveMutation = graphql(`
  mutation SaveSymptomAssessment($input: SaveSymptomAssessmentInput!) {
    saveSymptomAssessment(input: $input) { id }
  }
`);

const SendMutation = graphql(`
  mutation SendSymptomContactRequest($input: SendSymptomContactRequestInput!) {
    sendSymptomContactRequest(input: $input) { id status }
  }
`);

type Texts = typeof fi & typeof assessmentFi;

// The same rules as the BFF's (which checks again): digits with + ( ) - and spaces; a plain address.
const phonePattern = /^\+?[0-9 ()-]+$/;
const isPhone = (value: string) => phonePattern.test(value) && value.replace(/\D/g, '').length >= 6 && value.replace(/\D/g, '').length <= 15;
const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** The shell's sign-in route for residents; it brings the resident back to this page. */
function signInHref(language: string): string {
  const returnTo = window.location.pathname + window.location.search;
  return `/auth/resident/login?returnTo=${encodeURIComponent(returnTo)}&lang=${language}`;
}

interface Problems {
  consent?: string;
  phone?: string;
  email?: string;
}

/**
 * Whether a resident is signed in, from the shell's session endpoint. Asking `me` without a
 * session is UNAUTHENTICATED, and the shell reloads the page on that (it takes it for an ended
 * session): an anonymous resident's result page would reload for ever.
 */
function useResidentSignedIn(): boolean | null {
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/auth/session', { headers: { accept: 'application/json' }, cache: 'no-store' })
      .then((response): Promise<{ resident?: unknown }> | { resident?: unknown } => (response.ok ? response.json() : {}))
      .then(
        (body) => live && setSignedIn(Boolean(body.resident)),
        () => live && setSignedIn(false),
      );
    return () => {
      live = false;
    };
  }, []);
  return signedIn;
}

type SendProps = { questionnaireId: string; answers: string; to: ModulePageProps['to'] };

/**
 * Sending the result to the health centre: strong sign-in, then whose symptoms (the resident's or
 * a child's under 15), confirmed contact details and consent. The BFF stores the answers,
 * recomputes the result and picks the health centre of the municipality.
 */
export function SendRequest(props: SendProps) {
  const { t, language } = useTexts<Texts>('symptomCheck');
  const signedIn = useResidentSignedIn();
  if (signedIn === null) return <Skeleton lines={2} />;
  return signedIn ? <SendForm {...props} /> : <SignInToSend t={t} language={language} />;
}

function SignInToSend({ t, language }: { t: ReturnType<typeof useTexts<Texts>>['t']; language: string }) {
  return (
    <section aria-labelledby="symptom-send-title" className="lx-panel">
      <h3 id="symptom-send-title">{t('assessment.send.title')}</h3>
      <p>{t('assessment.send.intro')}</p>
      <p>{t('assessment.send.signInNote')}</p>
      <Button as="a" href={signInHref(language)} variant="primary">
        {t('assessment.send.signIn')}
      </Button>
    </section>
  );
}

function SendForm({ questionnaireId, answers, to }: SendProps) {
  const { t, language } = useTexts<Texts>('symptomCheck');
  const me = useQuery(MeQuery);
  const [save] = useMutation(SaveMutation);
  const [send] = useMutation(SendMutation);
  const [whoFor, setWhoFor] = useState('self');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [state, setState] = useState<'editing' | 'sending' | 'sent' | 'failed'>('editing');

  const heading = <h3 id="symptom-send-title">{t('assessment.send.title')}</h3>;
  if (me.status === 'loading') return <Skeleton lines={2} />;
  if (me.status === 'error' && me.error.code !== 'UNAUTHENTICATED') return <RequestError error={me.error} />;
  if (me.status === 'error') return <SignInToSend t={t} language={language} />;
  if (state === 'sent')
    return (
      <Alert tone="success" title={t('assessment.send.sentTitle')}>
        <p>{t('assessment.send.sentBody')}</p>
        <p>
          <Link href={to('my-requests')}>{t('nav.myRequests')}</Link>
        </p>
      </Alert>
    );

  const children = me.data.me.children;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    const trimmedPhone = phone.trim();
    const trimmedEmail = email.trim();
    if (!consent) found.consent = t('assessment.send.errors.consent');
    if (!trimmedPhone && !trimmedEmail) found.phone = t('assessment.send.errors.contact');
    if (trimmedPhone && !isPhone(trimmedPhone)) found.phone = t('assessment.send.errors.phone');
    if (trimmedEmail && !isEmail(trimmedEmail)) found.email = t('assessment.send.errors.email');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setState('sending');
    const forChildId = whoFor === 'self' ? null : whoFor;
    try {
      const saved = await save({ input: { questionnaireId, answers, forChildId } });
      const assessmentId = saved.saveSymptomAssessment?.id;
      if (!assessmentId) throw new Error('not saved');
      await send({ input: { assessmentId, consent: true, phone: trimmedPhone || null, email: trimmedEmail || null, forChildId } });
      clearFlow(questionnaireId);
      setState('sent');
    } catch {
      setState('failed');
    }
  };

  return (
    <section aria-labelledby="symptom-send-title" className="lx-panel">
      {heading}
      <p>{t('assessment.send.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Stack gap="m">
          {children.length > 0 && (
            <RadioGroup
              name="symptom-who-for"
              label={t('assessment.send.whoFor')}
              value={whoFor}
              onChange={setWhoFor}
              options={[
                { value: 'self', label: t('assessment.send.self') },
                ...children.map((c) => ({ value: c.id, label: t('assessment.send.child', { name: c.firstName }) })),
              ]}
            />
          )}
          <p id="symptom-contact-hint">{t('assessment.send.contactHint')}</p>
          <TextField
            label={t('assessment.send.phone')}
            type="tel"
            autoComplete="tel"
            width="medium"
            value={phone}
            error={problems.phone}
            optional
            onChange={(e) => setPhone(e.currentTarget.value)}
          />
          <TextField
            label={t('assessment.send.email')}
            type="email"
            autoComplete="email"
            width="medium"
            value={email}
            error={problems.email}
            optional
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <CheckboxField label={t('assessment.send.consent')} checked={consent} error={problems.consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
          {state === 'failed' && <Alert tone="error">{t('assessment.send.errors.failed')}</Alert>}
          <div>
            <Button type="submit" variant="primary" loading={state === 'sending'}>
              {t('assessment.send.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </section>
  );
}
