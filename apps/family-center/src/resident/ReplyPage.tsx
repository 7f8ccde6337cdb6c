import { useState, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation } from '@luotsi/graphql-client';
import { normalizeReplyCode } from '@luotsi/family-domain';
import { Alert, Button, PageHeading, RequestError, Stack, TextField } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as pagesFi } from '../i18n/pages/fi';
import { AskForHelpBanner } from './common';

const ReadMutation = graphql(`
  mutation FamilyReadHelpRequestReply($code: String!) {
    readHelpRequestReply(code: $code) { status receivedAt dueAt reply answeredAt }
  }
`);

/** An anonymous sender reads the reply with the code shown once when sending; nothing else is shown. */
export default function ReplyPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<typeof fi & typeof pagesFi>('familyCenter');
  const [read, reading] = useMutation(ReadMutation);
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [result, setResult] = useState<{ found: false } | { found: true; view: NonNullable<Awaited<ReturnType<typeof read>>['readHelpRequestReply']> } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    // A code that cannot be one is not sent: the reader gets the same advice without a round trip.
    if (!normalizeReplyCode(code)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    try {
      const data = await read({ code });
      setResult(data.readHelpRequestReply ? { found: true, view: data.readHelpRequestReply } : { found: false });
    } catch {
      // The mutation's state holds the error (too many attempts or a failure), shown below.
    }
  };

  const view = result?.found ? result.view : null;
  return (
    <>
      <PageHeading>{t('reply.title')}</PageHeading>
      <p>{t('reply.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Stack gap="s">
          <TextField
            label={t('reply.code')}
            hint={t('reply.codeHint')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            error={invalid ? t('reply.notFound') : undefined}
            width="medium"
          />
          <div>
            <Button type="submit" variant="primary" loading={reading.running}>
              {t('reply.show')}
            </Button>
          </div>
        </Stack>
      </form>
      {reading.error &&
        (reading.error.code === 'RATE_LIMITED' ? <Alert tone="warning">{t('reply.tooMany')}</Alert> : <RequestError error={reading.error} />)}
      {result && !result.found && <Alert tone="warning">{t('reply.notFound')}</Alert>}
      {view && (
        <section aria-live="polite" className="lx-panel" data-testid="family-reply">
          <p>{t('reply.received', { date: formatDateTime(view.receivedAt, language) })}</p>
          {view.reply ? (
            <>
              <h2>{t('reply.answered', { date: formatDateTime(view.answeredAt ?? view.receivedAt, language) })}</h2>
              <p style={{ whiteSpace: 'pre-wrap' }}>{view.reply}</p>
            </>
          ) : (
            <p>{t('reply.waiting', { date: formatDateTime(view.dueAt, language) })}</p>
          )}
          {view.status === 'closed' && <p>{t('reply.closed')}</p>}
        </section>
      )}
      <AskForHelpBanner to={to} />
    </>
  );
}
