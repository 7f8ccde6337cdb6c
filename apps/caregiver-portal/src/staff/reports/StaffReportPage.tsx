import { useState, type FormEvent } from 'react';
import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatMoney, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Alert, Button, Cluster, Link, PageHeading, RadioGroup, RequestError, Skeleton, Stack, TextArea, TextField } from '@luotsi/ui';
import { graphql } from '../../gql';
import type { fi } from '../../i18n/fi';
import type { fi as staffFi } from '../i18n/fi';
import { monthName } from '../../resident/reports/months';
import { parseEuros, ReportForm, type ReportMonthData } from '../../resident/reports/ReportForm';

type Texts = typeof fi & typeof staffFi;

const MonthQuery = graphql(`
  query CareReportMonth($agreementId: ID!, $month: String!) {
    careReportMonth(agreementId: $agreementId, month: $month) {
      month agreementId agreementType caredPersonName carerName firstDay lastDay dueDate late daysOffAvailable daysOffPerMonth careDays editable
      report {
        id status daysOff returnComment reviewedByName
        interruptions { kind from to }
        expenses { date amountCents description }
        enteredOnBehalf { name at }
      }
    }
    careAdjustments(agreementId: $agreementId) { id correctsMonth paidInMonth amountCents days reason createdByName }
  }
`);
const SaveMutation = graphql(`
  mutation SaveCareReportOnBehalf($input: SaveCareReportInput!) {
    saveCareReportOnBehalf(input: $input) { locked problems { path code } report { id status } }
  }
`);
const ApproveMutation = graphql(`
  mutation ApproveCareReport($id: ID!) { approveCareReport(id: $id) { id status } }
`);
const ReturnMutation = graphql(`
  mutation ReturnCareReport($id: ID!, $comment: String!) { returnCareReport(id: $id, comment: $comment) { id status } }
`);
const AdjustMutation = graphql(`
  mutation AddCareAdjustment($input: AddCareAdjustmentInput!) {
    addCareAdjustment(input: $input) { problems adjustment { id } }
  }
`);

/** The coordinator reviews a report (approve, return), enters it on the carer's behalf, adds adjustments. */
export default function StaffReportPage({ language, to }: ModulePageProps) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const params = useParams<{ agreementId: string; month: string }>();
  const query = useQuery(MonthQuery, { agreementId: params.agreementId, month: params.month });
  const [save] = useMutation(SaveMutation);
  const [approve, approving] = useMutation(ApproveMutation);
  const [giveBack, returning] = useMutation(ReturnMutation);
  const [adjust, adjusting] = useMutation(AdjustMutation);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [by, setBy] = useState<'days' | 'amount'>('days');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [adjustErrors, setAdjustErrors] = useState<string[]>([]);
  const [adjustKey, setAdjustKey] = useState(() => crypto.randomUUID());
  // The last answer stays on screen while an action refetches it, so the forms and notices stay.
  const [shown, setShown] = useState<typeof query.data>(undefined);
  if (query.status === 'success' && query.data !== shown) setShown(query.data);
  const data = shown?.careReportMonth ?? null;
  const adjustments = shown?.careAdjustments ?? [];
  const report = data?.report ?? null;

  const doReturn = async (event: FormEvent) => {
    event.preventDefault();
    if (!report) return;
    const text = comment.trim();
    if (!text || text.length > 1000) return void setCommentError(t('staffReports.commentRequired'));
    setCommentError(null);
    if (await giveBack({ id: report.id, comment: text }).catch(() => null)) {
      setDone(t('staffReports.returnedDone'));
      query.refetch();
    }
  };
  const doAdjust = async (event: FormEvent) => {
    event.preventDefault();
    const days = by === 'days' ? Number.parseInt(value, 10) : null;
    const cents = by === 'amount' ? (value.trim().startsWith('-') ? -1 : 1) * (parseEuros(value.trim().replace(/^-/, '')) ?? Number.NaN) : null;
    if ((days !== null && !Number.isInteger(days)) || (cents !== null && !Number.isInteger(cents))) return void setAdjustErrors(['NOT_CENTS']);
    const result = await adjust({
      input: { agreementId: params.agreementId, correctsMonth: params.month, reason, idempotencyKey: adjustKey, ...(days !== null ? { days } : { amountCents: cents }) },
    }).catch(() => null);
    if (!result?.addCareAdjustment) return;
    setAdjustErrors(result.addCareAdjustment.problems);
    if (result.addCareAdjustment.adjustment) {
      setDone(t('staffReports.adjustmentAdded'));
      setValue('');
      setReason('');
      setAdjustKey(crypto.randomUUID());
      query.refetch();
    }
  };

  return (
    <>
      <PageHeading>
        {t('staffReports.reviewTitle')}: {data?.carerName ?? ''} {monthName(params.month, language)}
      </PageHeading>
      <p>
        <Link href={to('reports')}>{t('staffReports.back')}</Link>
      </p>
      {done && <Alert tone="success" live>{done}</Alert>}
      {query.status === 'loading' && !shown && <Skeleton lines={10} />}
      {query.status === 'error' && <RequestError error={query.error} />}
      {shown && !data && <Alert tone="warning">{t('reports.notFound')}</Alert>}
      {data && (
        <Stack gap="l">
          {report?.status === 'SUBMITTED' && (
            <section aria-labelledby="cg-review" className="lx-panel">
              <h2 id="cg-review">{t('staffReports.reviewTitle')}</h2>
              <Stack gap="m">
                <Button
                  loading={approving.running}
                  onClick={async () => {
                    if (await approve({ id: report.id }).catch(() => null)) {
                      setDone(t('staffReports.approved'));
                      query.refetch();
                    }
                  }}
                >
                  {t('staffReports.approve')}
                </Button>
                <form onSubmit={doReturn} noValidate>
                  <Stack gap="s">
                    <TextArea label={t('staffReports.returnComment')} value={comment} maxLength={1000} error={commentError} onChange={(e) => setComment(e.currentTarget.value)} />
                    <Button type="submit" variant="secondary" loading={returning.running}>
                      {t('staffReports.returnButton')}
                    </Button>
                  </Stack>
                </form>
              </Stack>
            </section>
          )}
          <section aria-labelledby="cg-on-behalf">
            {/* A locked month cannot be entered any more: the section is then only the report. */}
            <h2 id="cg-on-behalf">{data.editable ? t('staffReports.onBehalfHeading') : t('staffReports.reportHeading')}</h2>
            {data.editable && <p className="lx-hint">{t('staffReports.onBehalfHint')}</p>}
            <ReportForm
              idPrefix="cg-staff-report"
              data={data as ReportMonthData}
              language={language}
              lockedNote={t('staffReports.lockedForStaff')}
              onSave={async (input) => {
                const result = await save({ input }).catch(() => null);
                if (result?.saveCareReportOnBehalf && result.saveCareReportOnBehalf.problems.length === 0) query.refetch();
                return result?.saveCareReportOnBehalf ?? null;
              }}
            />
          </section>
          <section aria-labelledby="cg-adjustments">
            <h2 id="cg-adjustments">{t('staffReports.adjustments')}</h2>
            <p className="lx-hint">{t('staffReports.adjustmentsHint')}</p>
            {adjustments.length === 0 ? (
              <p>{t('staffReports.noAdjustments')}</p>
            ) : (
              <ul>
                {adjustments.map((a) => (
                  <li key={a.id}>
                    {t('staffReports.adjustmentLine', {
                      amount: formatMoney(a.amountCents, language), month: monthName(a.correctsMonth, language), paidIn: monthName(a.paidInMonth, language), reason: a.reason, name: a.createdByName,
                    })}
                  </li>
                ))}
              </ul>
            )}
            {report?.status === 'APPROVED' && (
              <form onSubmit={doAdjust} noValidate>
                <Stack gap="s">
                  {adjustErrors.length > 0 && (
                    <Alert tone="error">
                      {adjustErrors.map((code) => t(`staffReports.adjustmentProblems.${code as keyof Texts['staffReports']['adjustmentProblems']}`)).join(' ')}
                    </Alert>
                  )}
                  <RadioGroup
                    label={t('staffReports.adjustBy')}
                    name="cg-adjust-by"
                    value={by}
                    options={[{ value: 'days', label: t('staffReports.byDays') }, { value: 'amount', label: t('staffReports.byAmount') }]}
                    onChange={(v) => setBy(v as 'days' | 'amount')}
                  />
                  <Cluster gap="m">
                    <TextField label={by === 'days' ? t('staffReports.days') : t('staffReports.amount')} width="short" inputMode="decimal" value={value} onChange={(e) => setValue(e.currentTarget.value)} />
                    <TextField label={t('staffReports.reason')} maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
                  </Cluster>
                  <Button type="submit" variant="secondary" loading={adjusting.running}>
                    {t('staffReports.addAdjustment')}
                  </Button>
                </Stack>
              </form>
            )}
          </section>
        </Stack>
      )}
    </>
  );
}
