import { useState, type FormEvent } from 'react';
import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDate, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery, type GraphqlRequestError } from '@luotsi/graphql-client';
import { fieldErrorsUnder, type FieldError } from '@luotsi/validation';
import { Alert, Button, Link, LocalizedSpan, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { VersionHistory } from '../../resident/agreements/VersionHistory';
import { euros, termsVariables, type TermsFormState } from './terms-form';
import { TermsFields } from './TermsFields';

const AgreementQuery = graphql(`
  query CaregiverUnitAgreement($id: ID!) {
    unitCareAgreement(id: $id) {
      id
      type
      status
      endingSoon
      validTo
      carer { id firstName lastName }
      unit { id name { text language isFallback } }
      versions {
        id version status language templateId text missingFields caredPersonName feeClass monthlyFeeCents perDayFeeCents perTaskFeeCents
        daysOffPerMonth daysOffAgreed validFrom validTo paymentSchedule sentAt returnedAt returnComment carerSignedAt carerSignerName
        countersignedAt countersignedByName pdfUrl pdfSha256
      }
    }
    careAgreementTemplates { id type name { text } }
  }
`);

const UpdateMutation = graphql(`
  mutation CaregiverUpdateVersion($versionId: ID!, $terms: CareAgreementTermsInput!) {
    updateCareAgreementVersion(versionId: $versionId, terms: $terms) { id status }
  }
`);
const SendMutation = graphql(`
  mutation CaregiverSendAgreement($versionId: ID!) {
    sendCareAgreement(versionId: $versionId) { id status }
  }
`);
const CountersignMutation = graphql(`
  mutation CaregiverCountersignAgreement($versionId: ID!) {
    countersignCareAgreement(versionId: $versionId) { id status }
  }
`);
const AmendMutation = graphql(`
  mutation CaregiverAmendAgreement($agreementId: ID!) {
    createCareAgreementAmendment(agreementId: $agreementId) { id status }
  }
`);

type Texts = typeof fi & typeof staffFi;
/** The BFF flags agreements ending within this many days (endingSoonDays in the caregiving BFF). */
const endingSoonDays = 60;

export default function AgreementDetailPage(props: ModulePageProps) {
  const params = useParams<{ agreementId?: string }>();
  return <AgreementDetailView {...props} id={params.agreementId ?? ''} />;
}

/** A failed action: field errors show at the fields; a changed state says so; the rest as usual. */
function ActionError({ error }: { error: GraphqlRequestError | undefined }) {
  const { t } = useTexts<Texts>('caregiverPortal');
  if (!error) return null;
  if (error.code === 'BAD_USER_INPUT' && error.fields.every((f) => f.path[0] === 'versionId')) return <Alert tone="error">{t('agreement.conflict')}</Alert>;
  if (error.fields.length > 0) return null;
  return <RequestError error={error} />;
}

/**
 * One agreement of the coordinator's units: the open version's preview, its edit, send and
 * countersign actions, amendments of the version in force, and the history with the PDFs.
 */
export function AgreementDetailView({ language, to, id }: ModulePageProps & { id: string }) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const query = useQuery(AgreementQuery, { id });
  const [update, updating] = useMutation(UpdateMutation);
  const [send, sending] = useMutation(SendMutation);
  const [countersign, countersigning] = useMutation(CountersignMutation);
  const [amend, amending] = useMutation(AmendMutation);
  const [editing, setEditing] = useState<TermsFormState | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<'saved' | 'sent' | 'countersigned' | null>(null);

  const agreement = query.status === 'success' ? query.data.unitCareAgreement : null;
  const templates = query.status === 'success' ? query.data.careAgreementTemplates : [];
  const versions = agreement?.versions ?? [];
  const open = versions.find((v) => ['DRAFT', 'RETURNED', 'SENT', 'SIGNED'].includes(v.status));
  const inForce = versions.find((v) => v.status === 'ACTIVE');
  const shown = open ?? inForce ?? versions[0];
  const editable = open && (open.status === 'DRAFT' || open.status === 'RETURNED');

  const after = (kind: typeof done) => {
    setDone(kind);
    query.refetch();
  };
  const startEdit = () => {
    if (!open || !agreement) return;
    setErrors([]);
    setEditing({
      type: agreement.type as TermsFormState['type'], language: open.language as TermsFormState['language'], templateId: open.templateId ?? '',
      caredPersonName: open.caredPersonName ?? '', feeClass: open.feeClass ?? '1', monthlyFee: euros(open.monthlyFeeCents), perDayFee: euros(open.perDayFeeCents),
      perTaskFee: euros(open.perTaskFeeCents), daysOffPerMonth: String(open.daysOffPerMonth), daysOffAgreed: open.daysOffAgreed, validFrom: open.validFrom,
      validTo: open.validTo ?? '', paymentSchedule: open.paymentSchedule,
    });
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!open || !editing) return;
    const checked = termsVariables(editing);
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors([]);
    const result = await update({ versionId: open.id, terms: checked.terms }).catch(() => undefined);
    if (result) {
      setEditing(null);
      after('saved');
    }
  };

  return (
    <>
      <PageHeading>
        {agreement ? `${t(`agreementType.${agreement.type}`)}: ${agreement.carer.firstName} ${agreement.carer.lastName}` : t('agreement.loading')}
      </PageHeading>
      <p>
        <Link href={to('')}>{t('agreement.back')}</Link>
      </p>
      {done && (
        <Alert tone="success" live>
          {done === 'saved' ? t('draft.saved') : done === 'sent' ? t('detail.sent') : t('detail.countersigned')}
        </Alert>
      )}
      {query.status === 'loading' && <Skeleton lines={8} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {query.status === 'success' && !agreement && <Alert tone="warning">{t('agreement.notFound')}</Alert>}
      {agreement && (
        <Stack gap="l">
          <dl className="lx-panel">
            <dt>{t('detail.carer')}</dt>
            <dd>{`${agreement.carer.firstName} ${agreement.carer.lastName}`}</dd>
            <dt>{t('detail.unit')}</dt>
            <dd>
              <LocalizedSpan content={agreement.unit.name} />
            </dd>
            <dt>{t('unitAgreements.status')}</dt>
            <dd>
              {t(`status.${agreement.status}`)}
              {agreement.endingSoon && agreement.validTo && (
                <>
                  {' – '}
                  <strong>{t('detail.endingSoon', { days: endingSoonDays })}</strong> ({formatDate(agreement.validTo, language)})
                </>
              )}
            </dd>
          </dl>

          {open?.status === 'RETURNED' && open.returnComment && <Alert tone="warning">{t('detail.returned', { comment: open.returnComment })}</Alert>}

          {shown && !editing && (
            <section aria-labelledby="cg-preview">
              <h2 id="cg-preview">
                {t('detail.preview')} ({t('agreement.version', { version: shown.version })}, {t(`agreement.versionStatus.${shown.status}`)})
              </h2>
              <div lang={shown.language} className="lx-panel" style={{ whiteSpace: 'pre-wrap' }} data-testid="agreement-text">
                {shown.text}
              </div>
            </section>
          )}

          {editable && !editing && (
            <div>
              {open.missingFields.length > 0 && <Alert tone="warning">{t('detail.missing', { fields: open.missingFields.join(', ') })}</Alert>}
              <Stack gap="s">
                <div>
                  <Button variant="secondary" onClick={startEdit}>
                    {t('detail.edit')}
                  </Button>
                </div>
                <div>
                  <Button variant="primary" loading={sending.running} onClick={() => send({ versionId: open.id }).then((r) => r.sendCareAgreement && after('sent'), () => undefined)}>
                    {t('detail.send')}
                  </Button>
                  <ActionError error={sending.error} />
                </div>
              </Stack>
            </div>
          )}

          {editing && open && (
            <form onSubmit={save} noValidate aria-labelledby="cg-edit-heading">
              <h2 id="cg-edit-heading">{t('detail.edit')}</h2>
              <TermsFields form={editing} onChange={setEditing} templates={templates} errors={[...errors, ...fieldErrorsUnder(updating.fieldErrors, ['terms'])]} language={language} typeLocked={open.version > 1} />
              <ActionError error={updating.error} />
              <Button type="submit" variant="primary" loading={updating.running}>
                {t('draft.save')}
              </Button>
            </form>
          )}

          {open?.status === 'SENT' && <p>{t('detail.waitingForCarer')}</p>}

          {open?.status === 'SIGNED' && (
            <section aria-labelledby="cg-countersign">
              <h2 id="cg-countersign">{t('detail.countersignHeading')}</h2>
              <p>{t('detail.countersignIntro')}</p>
              <Button variant="primary" loading={countersigning.running} onClick={() => countersign({ versionId: open.id }).then((r) => r.countersignCareAgreement && after('countersigned'), () => undefined)}>
                {t('detail.countersign')}
              </Button>
              <ActionError error={countersigning.error} />
            </section>
          )}

          {!open && inForce && (
            <section aria-labelledby="cg-amend">
              <h2 id="cg-amend">{t('detail.amend')}</h2>
              <p>{t('detail.amendIntro')}</p>
              <Button variant="secondary" loading={amending.running} onClick={() => amend({ agreementId: agreement.id }).then(() => query.refetch(), () => undefined)}>
                {t('detail.amend')}
              </Button>
              <ActionError error={amending.error} />
            </section>
          )}

          <VersionHistory versions={versions} language={language} pdfQuery="?area=staff" />
        </Stack>
      )}
    </>
  );
}
