import { useState, type FormEvent } from 'react';
import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, formatMoney, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { fieldErrorAt, type FieldError } from '@luotsi/validation';
import { Alert, Button, CheckboxField, Link, PageHeading, RequestError, Skeleton, Stack, TextArea, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import { VersionHistory } from './VersionHistory';

const MyAgreementQuery = graphql(`
  query CaregiverMyAgreement($id: ID!) {
    myCareAgreement(id: $id) {
      id
      type
      status
      caredPersonName
      versions {
        id version status language text caredPersonName feeClass monthlyFeeCents perDayFeeCents perTaskFeeCents
        daysOffPerMonth daysOffAgreed validFrom validTo sentAt returnedAt returnComment carerSignedAt carerSignerName
        countersignedAt countersignedByName pdfUrl pdfSha256
      }
    }
  }
`);

const SignMutation = graphql(`
  mutation CaregiverSignAgreement($versionId: ID!) {
    signCareAgreement(versionId: $versionId) { id status pdfSha256 }
  }
`);

const ReturnMutation = graphql(`
  mutation CaregiverReturnAgreement($versionId: ID!, $comment: String!) {
    returnCareAgreement(versionId: $versionId, comment: $comment) { id status }
  }
`);

export default function AgreementPage(props: ModulePageProps) {
  const params = useParams<{ agreementId?: string }>();
  return <AgreementView {...props} id={params.agreementId ?? ''} />;
}

/** The carer's agreement: the version waiting for their signature (sign or return it) and the history. */
export function AgreementView({ language, to, id }: ModulePageProps & { id: string }) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const errorMessage = useFieldErrorMessage();
  const query = useQuery(MyAgreementQuery, { id });
  const [sign, signing] = useMutation(SignMutation);
  const [giveBack, returning] = useMutation(ReturnMutation);
  const [confirmed, setConfirmed] = useState(false);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<'signed' | 'returned' | 'conflict' | null>(null);

  const agreement = query.status === 'success' ? query.data.myCareAgreement : null;
  const versions = agreement?.versions ?? [];
  const waiting = versions.find((v) => v.status === 'SENT');
  const shown = waiting ?? versions.find((v) => v.status === 'ACTIVE') ?? versions[0];

  const submitSign = async (event: FormEvent) => {
    event.preventDefault();
    if (!waiting) return;
    if (!confirmed) return void setErrors([{ path: ['confirm'], code: 'required' }]);
    setErrors([]);
    const result = await sign({ versionId: waiting.id }).catch(() => undefined);
    if (result) {
      setDone(result.signCareAgreement ? 'signed' : 'conflict');
      query.refetch();
    }
  };
  const submitReturn = async (event: FormEvent) => {
    event.preventDefault();
    if (!waiting) return;
    if (!comment.trim()) return void setErrors([{ path: ['comment'], code: 'required' }]);
    setErrors([]);
    const result = await giveBack({ versionId: waiting.id, comment: comment.trim() }).catch(() => undefined);
    if (result) {
      setDone(result.returnCareAgreement ? 'returned' : 'conflict');
      setComment('');
      query.refetch();
    }
  };

  return (
    <>
      <PageHeading>{agreement ? `${t(`agreementType.${agreement.type}`)}${agreement.caredPersonName ? `: ${agreement.caredPersonName}` : ''}` : t('agreement.loading')}</PageHeading>
      <p>
        <Link href={to('')}>{t('agreement.back')}</Link>
      </p>
      {done && (
        <Alert tone={done === 'conflict' ? 'warning' : 'success'} live>
          {done === 'signed' ? t('toSign.signed') : done === 'returned' ? t('toSign.returned') : t('agreement.conflict')}
        </Alert>
      )}
      {query.status === 'loading' && <Skeleton lines={8} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {query.status === 'success' && !agreement && <Alert tone="warning">{t('agreement.notFound')}</Alert>}
      {agreement && shown && (
        <Stack gap="l">
          <section aria-labelledby="cg-terms" className="lx-panel">
            <h2 id="cg-terms">
              {t('agreement.terms')} ({t('agreement.version', { version: shown.version })}, {t(`agreement.versionStatus.${shown.status}`)})
            </h2>
            <dl>
              {shown.feeClass && (
                <>
                  <dt>{t('agreement.feeClass')}</dt>
                  <dd>{shown.feeClass}</dd>
                </>
              )}
              {shown.monthlyFeeCents !== null && (
                <>
                  <dt>{t('agreement.monthlyFee')}</dt>
                  <dd>{t('myAgreements.feePerMonth', { amount: formatMoney(shown.monthlyFeeCents, language) })}</dd>
                </>
              )}
              {shown.perDayFeeCents !== null && (
                <>
                  <dt>{t('agreement.perDayFee')}</dt>
                  <dd>{formatMoney(shown.perDayFeeCents, language)}</dd>
                </>
              )}
              {shown.perTaskFeeCents !== null && (
                <>
                  <dt>{t('agreement.perTaskFee')}</dt>
                  <dd>{formatMoney(shown.perTaskFeeCents, language)}</dd>
                </>
              )}
              <dt>{t('agreement.daysOff')}</dt>
              <dd>{shown.daysOffAgreed ? t('agreement.daysOffAgreed', { count: shown.daysOffPerMonth }) : shown.daysOffPerMonth}</dd>
              <dt>{t('agreement.validity')}</dt>
              <dd>
                {formatDate(shown.validFrom, language)} – {shown.validTo ? formatDate(shown.validTo, language) : t('agreement.untilFurtherNotice')}
              </dd>
            </dl>
          </section>
          <section aria-labelledby="cg-text">
            <h2 id="cg-text">{t('agreement.text')}</h2>
            <div lang={shown.language} className="lx-panel" style={{ whiteSpace: 'pre-wrap' }} data-testid="agreement-text">
              {shown.text}
            </div>
          </section>
          {waiting && (
            <section aria-labelledby="cg-sign">
              <h2 id="cg-sign">{t('toSign.heading')}</h2>
              <p>{t('toSign.intro')}</p>
              <Stack gap="l">
                <form onSubmit={submitSign} noValidate aria-labelledby="cg-sign-heading">
                  <h3 id="cg-sign-heading">{t('toSign.signHeading')}</h3>
                  <p>{t('toSign.signIntro')}</p>
                  <CheckboxField
                    label={t('toSign.confirm')}
                    checked={confirmed}
                    onChange={(e) => setConfirmed(e.target.checked)}
                    error={fieldErrorAt(errors, 'confirm') ? t('toSign.confirmRequired') : undefined}
                  />
                  <Button type="submit" variant="primary" loading={signing.running}>
                    {t('toSign.sign')}
                  </Button>
                  {signing.error && <RequestError error={signing.error} />}
                </form>
                <form onSubmit={submitReturn} noValidate aria-labelledby="cg-return-heading">
                  <h3 id="cg-return-heading">{t('toSign.returnHeading')}</h3>
                  <TextArea
                    label={t('toSign.returnLabel')}
                    hint={t('toSign.returnHint')}
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                    error={errorMessage(fieldErrorAt(errors, 'comment') ?? fieldErrorAt(returning.fieldErrors, 'comment'))}
                    rows={3}
                  />
                  <Button type="submit" variant="secondary" loading={returning.running}>
                    {t('toSign.return')}
                  </Button>
                  {returning.error && returning.error.fields.length === 0 && <RequestError error={returning.error} />}
                </form>
              </Stack>
            </section>
          )}
          <VersionHistory versions={versions} language={language} />
        </Stack>
      )}
    </>
  );
}
