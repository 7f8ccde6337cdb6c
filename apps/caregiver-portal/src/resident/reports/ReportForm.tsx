import { useState, type FormEvent } from 'react';
import type { Language } from '@luotsi/shell-contract';
import { formatDate, formatDateTime, useTexts } from '@luotsi/i18n';
import { addDays } from '@luotsi/calendar';
import { Alert, Button, CheckboxField, Cluster, DateField, ErrorSummary, SelectField, Stack, TextField, type FormError } from '@luotsi/ui';
import type { fi } from '../../i18n/fi';

type Kind = 'HOSPITAL_STAY' | 'RESPITE_CARE' | 'OTHER';
type Status = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** The month as the page's query returns it (myCareReportMonth or careReportMonth). */
export interface ReportMonthData {
  month: string;
  agreementId: string;
  agreementType: string;
  firstDay: string | null;
  lastDay: string | null;
  dueDate: string;
  late: boolean;
  daysOffAvailable: number;
  daysOffPerMonth: number;
  careDays: number;
  editable: boolean;
  report: {
    status: Status;
    daysOff: string[];
    interruptions: { kind: Kind; from: string; to: string }[];
    expenses: { date: string; amountCents: number; description: string }[];
    returnComment: string | null;
    enteredOnBehalf: { name: string; at: string } | null;
  } | null;
}

export interface ReportInputData {
  agreementId: string;
  month: string;
  daysOff: string[];
  interruptions: { kind: Kind; from: string; to: string }[];
  expenses: { date: string; amountCents: number; description: string }[];
  submit: boolean;
  idempotencyKey: string;
}

export interface SaveResult {
  locked: boolean;
  problems: { path: string[]; code: string }[];
  report: { status: Status } | null;
}

type Texts = typeof fi;

/** "24,50" or "24.50" → 2450; null when it is not a sum of money. */
export function parseEuros(text: string): number | null {
  const m = /^\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:€)?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

const eurosText = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The month's report: a list of the month's days (tick the days off), the interruptions and, in
 * family care, the expenses; save as a draft or send. The same form serves the carer and the
 * contact professional entering it on the carer's behalf (the BFF records which).
 */
export function ReportForm({ data, language, onSave, idPrefix = 'cg-report', lockedNote }: {
  data: ReportMonthData;
  language: Language;
  onSave: (input: ReportInputData) => Promise<SaveResult | null>;
  idPrefix?: string;
  /** What a locked month tells the reader; the carer's default sends them to their coordinator. */
  lockedNote?: string;
}) {
  const { t } = useTexts<Texts>('caregiverPortal');
  const report = data.report;
  const [daysOff, setDaysOff] = useState<Set<string>>(new Set(report?.daysOff ?? []));
  const [interruptions, setInterruptions] = useState(report?.interruptions ?? []);
  const [expenses, setExpenses] = useState((report?.expenses ?? []).map((e) => ({ ...e, amount: eurosText(e.amountCents) })));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<'saved' | 'submitted' | 'locked' | null>(null);
  const [busy, setBusy] = useState(false);
  const family = data.agreementType === 'family-care';
  const editable = data.editable;
  const days = data.firstDay && data.lastDay ? daysOf(data.firstDay, data.lastDay) : [];
  const interrupted = new Set(interruptions.flatMap((i) => (i.from && i.to && i.from <= i.to ? daysOf(i.from, i.to) : [])));
  const fieldId = (path: string[]) => {
    const [section, index, field] = path;
    if (section === 'daysOff') return index !== undefined ? `${idPrefix}-day-${daysOffList()[Number(index)]}` : `${idPrefix}-day-${days[0]}`;
    if (section === 'interruptions') return `${idPrefix}-interruption-${index}-${field ?? 'from'}`;
    if (section === 'expenses') return index !== undefined ? `${idPrefix}-expense-${index}-${field === 'amountCents' ? 'amount' : (field ?? 'date')}` : `${idPrefix}-expenses`;
    return `${idPrefix}-day-${days[0]}`;
  };
  const daysOffList = () => [...daysOff].sort();

  const save = async (submit: boolean) => {
    setDone(null);
    const amountErrors: FormError[] = [];
    const parsed = expenses.map((e, index) => {
      const cents = parseEuros(e.amount);
      if (cents === null) amountErrors.push({ fieldId: `${idPrefix}-expense-${index}-amount`, message: `${t('reports.expense', { number: index + 1 })}: ${t('reports.amountFormat')}` });
      return { date: e.date, amountCents: cents ?? 0, description: e.description };
    });
    if (amountErrors.length > 0) {
      setErrors(amountErrors);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const result = await onSave({
        agreementId: data.agreementId, month: data.month, daysOff: daysOffList(), interruptions, expenses: parsed, submit,
        // A new key per click: the BFF stores one report per agreement and month whatever happens.
        idempotencyKey: crypto.randomUUID(),
      });
      if (!result) return;
      if (result.problems.length > 0) {
        setErrors(
          result.problems.map((p) => {
            const [section, index] = p.path;
            const where = section === 'interruptions' || section === 'expenses'
              ? t(`reports.where.${section}`, { number: Number(index ?? 0) + 1 })
              : t(`reports.where.${section === 'daysOff' ? 'daysOff' : 'month'}`);
            return { fieldId: fieldId(p.path), message: `${where}: ${t(`reports.problems.${p.code as keyof Texts['reports']['problems']}`)}` };
          }),
        );
        setAttempt((n) => n + 1);
        return;
      }
      setErrors([]);
      setDone(result.locked ? 'locked' : submit ? 'submitted' : 'saved');
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(true);
  };
  const kinds: Kind[] = ['HOSPITAL_STAY', 'RESPITE_CARE', 'OTHER'];

  return (
    <Stack gap="m">
      <p>
        {t(`reports.status.${report?.status ?? 'NOT_STARTED'}`)}
        {data.late ? ` · ${t('reports.late')}` : ''} · {t('reports.due', { date: formatDate(data.dueDate, language) })}
      </p>
      {report?.enteredOnBehalf && (
        <Alert tone="info">{t('reports.onBehalf', { name: report.enteredOnBehalf.name, date: formatDateTime(report.enteredOnBehalf.at, language) })}</Alert>
      )}
      {report?.status === 'RETURNED' && report.returnComment && <Alert tone="warning">{t('reports.returned', { comment: report.returnComment })}</Alert>}
      {report?.status === 'APPROVED' && <Alert tone="info">{lockedNote ?? t('reports.locked')}</Alert>}
      {!editable && report?.status !== 'APPROVED' && <Alert tone="info">{t('reports.notYet')}</Alert>}
      {done && (
        <Alert tone={done === 'locked' ? 'warning' : 'success'} live>
          {done === 'saved' ? t('reports.saved') : done === 'submitted' ? t('reports.submitted') : t('reports.lockedNow')}
        </Alert>
      )}
      <ErrorSummary key={attempt} errors={errors} title={t('reports.problemsHeading')} />
      <p>{t('reports.summary', { careDays: data.careDays, available: data.daysOffAvailable, perMonth: data.daysOffPerMonth })}</p>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="l">
          <fieldset className="lx-fieldset">
            <legend>{t('reports.daysHeading')}</legend>
            <p className="lx-hint">{t('reports.daysHint')}</p>
            <ul className="cg-days" style={{ listStyle: 'none', padding: 0, columns: '12rem' }}>
              {days.map((day) => (
                <li key={day} style={{ breakInside: "avoid" }}>
                  {interrupted.has(day) ? (
                    <span>
                      {formatDate(day, language)} – {t('reports.interrupted')}
                    </span>
                  ) : (
                    <CheckboxField
                      id={`${idPrefix}-day-${day}`}
                      label={t('reports.dayOff', { date: formatDate(day, language) })}
                      checked={daysOff.has(day)}
                      disabled={!editable}
                      onChange={(e) => {
                        const next = new Set(daysOff);
                        if (e.currentTarget.checked) next.add(day);
                        else next.delete(day);
                        setDaysOff(next);
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          </fieldset>

          <fieldset className="lx-fieldset">
            <legend>{t('reports.interruptions')}</legend>
            {interruptions.length === 0 && <p>{t('reports.noInterruptions')}</p>}
            {interruptions.map((interruption, index) => (
              <fieldset key={index} className="lx-fieldset">
                <legend>{t('reports.interruption', { number: index + 1 })}</legend>
                <Cluster gap="m">
                  <SelectField
                    id={`${idPrefix}-interruption-${index}-kind`}
                    label={t('reports.kind')}
                    value={interruption.kind}
                    disabled={!editable}
                    options={kinds.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))}
                    onChange={(e) => setInterruptions(interruptions.map((x, i) => (i === index ? { ...x, kind: e.currentTarget.value as Kind } : x)))}
                  />
                  <DateField
                    id={`${idPrefix}-interruption-${index}-from`}
                    label={t('reports.from')}
                    value={interruption.from}
                    min={data.firstDay ?? undefined}
                    max={data.lastDay ?? undefined}
                    disabled={!editable}
                    onChange={(e) => setInterruptions(interruptions.map((x, i) => (i === index ? { ...x, from: e.currentTarget.value } : x)))}
                  />
                  <DateField
                    id={`${idPrefix}-interruption-${index}-to`}
                    label={t('reports.to')}
                    value={interruption.to}
                    min={data.firstDay ?? undefined}
                    max={data.lastDay ?? undefined}
                    disabled={!editable}
                    onChange={(e) => setInterruptions(interruptions.map((x, i) => (i === index ? { ...x, to: e.currentTarget.value } : x)))}
                  />
                </Cluster>
                {editable && (
                  <Button variant="secondary" onClick={() => setInterruptions(interruptions.filter((_, i) => i !== index))}>
                    {t('reports.remove')} ({t('reports.interruption', { number: index + 1 })})
                  </Button>
                )}
              </fieldset>
            ))}
            {editable && (
              <Button variant="secondary" onClick={() => setInterruptions([...interruptions, { kind: 'HOSPITAL_STAY', from: data.firstDay ?? '', to: data.firstDay ?? '' }])}>
                {t('reports.addInterruption')}
              </Button>
            )}
          </fieldset>

          {family && (
            <fieldset className="lx-fieldset" id={`${idPrefix}-expenses`} tabIndex={-1}>
              <legend>{t('reports.expenses')}</legend>
              <p className="lx-hint">{t('reports.receiptNote')}</p>
              {expenses.length === 0 && <p>{t('reports.noExpenses')}</p>}
              {expenses.map((expense, index) => (
                <fieldset key={index} className="lx-fieldset">
                  <legend>{t('reports.expense', { number: index + 1 })}</legend>
                  <Cluster gap="m">
                    <DateField
                      id={`${idPrefix}-expense-${index}-date`}
                      label={t('reports.date')}
                      value={expense.date}
                      disabled={!editable}
                      onChange={(e) => setExpenses(expenses.map((x, i) => (i === index ? { ...x, date: e.currentTarget.value } : x)))}
                    />
                    <TextField
                      id={`${idPrefix}-expense-${index}-amount`}
                      label={t('reports.amount')}
                      inputMode="decimal"
                      width="short"
                      value={expense.amount}
                      disabled={!editable}
                      onChange={(e) => setExpenses(expenses.map((x, i) => (i === index ? { ...x, amount: e.currentTarget.value } : x)))}
                    />
                    <TextField
                      id={`${idPrefix}-expense-${index}-description`}
                      label={t('reports.description')}
                      maxLength={200}
                      value={expense.description}
                      disabled={!editable}
                      onChange={(e) => setExpenses(expenses.map((x, i) => (i === index ? { ...x, description: e.currentTarget.value } : x)))}
                    />
                  </Cluster>
                  {editable && (
                    <Button variant="secondary" onClick={() => setExpenses(expenses.filter((_, i) => i !== index))}>
                      {t('reports.remove')} ({t('reports.expense', { number: index + 1 })})
                    </Button>
                  )}
                </fieldset>
              ))}
              {editable && (
                <Button variant="secondary" onClick={() => setExpenses([...expenses, { date: data.firstDay ?? '', amountCents: 0, amount: '', description: '' }])}>
                  {t('reports.addExpense')}
                </Button>
              )}
            </fieldset>
          )}

          {editable && (
            <Cluster gap="m">
              <Button variant="secondary" loading={busy} onClick={() => save(false)}>
                {t('reports.saveDraft')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('reports.submit')}
              </Button>
            </Cluster>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
