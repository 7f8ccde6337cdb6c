import type { Language } from '@luotsi/shell-contract';
import { formatDate, formatMoney, useTexts } from '@luotsi/i18n';
import { Table } from '@luotsi/ui';
import type { fi } from '../../i18n/fi';
import { monthName } from './months';

export interface StatementData {
  month: string;
  paymentDate: string;
  totalCents: number;
  taxableCents: number;
  nonTaxableCents: number;
  lines: {
    kind: string;
    label: string;
    amountCents: number;
    days: number | null;
    daysInMonth: number | null;
    monthlyCents: number | null;
    correctsMonth: string | null;
    note: string | null;
    periods: { from: string; to: string }[];
  }[];
}

/** A statement's lines and totals; the labels come from the BFF in the statement's language. */
export function StatementView({ statement, language }: { statement: StatementData; language: Language }) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const period = (p: { from: string; to: string }) => (p.from === p.to ? formatDate(p.from, language) : `${formatDate(p.from, language)}–${formatDate(p.to, language)}`);
  return (
    <>
      <p>{t('reports.statement.paymentDate', { date: formatDate(statement.paymentDate, language) })}</p>
      <Table
        caption={t('reports.statement.title')}
        captionHidden
        rows={statement.lines.map((l, i) => ({ ...l, key: String(i) }))}
        rowKey={(l) => l.key}
        columns={[
          { key: 'label', header: t('reports.statement.title'), rowHeader: true, cell: (l) => l.label },
          {
            key: 'period', header: t('reports.statement.period'), cell: (l) => (
              <>
                {l.periods.map(period).join(', ')}
                {l.days !== null && l.monthlyCents !== null && (
                  <> ({t('reports.statement.days', { days: l.days, daysInMonth: l.daysInMonth, monthly: formatMoney(l.monthlyCents, language) })})</>
                )}
                {l.correctsMonth && <> {t('reports.statement.corrects', { month: monthName(l.correctsMonth, language) })}</>}
                {l.note && <> – {l.note}</>}
              </>
            ),
          },
          { key: 'amount', header: t('reports.statement.amount'), align: 'end', cell: (l) => formatMoney(l.amountCents, language) },
        ]}
      />
      <dl>
        <dt>{t('reports.statement.taxable')}</dt>
        <dd>{formatMoney(statement.taxableCents, language)}</dd>
        <dt>{t('reports.statement.nonTaxable')}</dt>
        <dd>{formatMoney(statement.nonTaxableCents, language)}</dd>
        <dt>{t('reports.statement.total')}</dt>
        <dd>
          <strong>{formatMoney(statement.totalCents, language)}</strong>
        </dd>
      </dl>
    </>
  );
}
