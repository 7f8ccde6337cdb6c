import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import { parseEuros, ReportForm, type ReportInputData, type ReportMonthData, type SaveResult } from './ReportForm';

afterEach(() => cleanup());

const november: ReportMonthData = {
  month: '2026-11', agreementId: 'a1', agreementType: 'informal-care', firstDay: '2026-11-01', lastDay: '2026-11-30', dueDate: '2026-12-03',
  late: false, daysOffAvailable: 4, daysOffPerMonth: 2, careDays: 30, editable: true, report: null,
};

function renderForm(language: Language, data: ReportMonthData, onSave: (input: ReportInputData) => Promise<SaveResult | null>, lockedNote?: string) {
  return renderWithProviders(<ReportForm data={data} language={language} onSave={onSave} lockedNote={lockedNote} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
  });
}

// A month of checkboxes and axe on a shared, busy machine: more than the default 5 s.
describe('the monthly report form', { timeout: 30_000 }, () => {
  it('sends two days off and a hospital stay, and says so', async () => {
    const onSave = vi.fn(async (_input: ReportInputData): Promise<SaveResult> => ({ locked: false, problems: [], report: { status: 'SUBMITTED' } }));
    const { container } = await renderForm('fi', november, onSave);
    fireEvent.click(screen.getByLabelText('Vapaapäivä 7.11.2026'));
    fireEvent.click(screen.getByLabelText('Vapaapäivä 8.11.2026'));
    fireEvent.click(screen.getByRole('button', { name: 'Lisää keskeytys' }));
    fireEvent.change(screen.getByLabelText('Ensimmäinen päivä', { exact: false }), { target: { value: '2026-11-16' } });
    fireEvent.change(screen.getByLabelText('Viimeinen päivä', { exact: false }), { target: { value: '2026-11-18' } });
    // The interrupted days are shown as such, not as days off to tick.
    expect(screen.queryByLabelText('Vapaapäivä 17.11.2026')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä ilmoitus' }));
    expect(await screen.findByText('Ilmoitus on lähetetty ohjaajalle.')).toBeTruthy();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      agreementId: 'a1', month: '2026-11', daysOff: ['2026-11-07', '2026-11-08'], submit: true,
      interruptions: [{ kind: 'HOSPITAL_STAY', from: '2026-11-16', to: '2026-11-18' }], expenses: [],
    });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('lists what the BFF refused in the carer’s language, linked to the field', async () => {
    const onSave = vi.fn(async (): Promise<SaveResult> => ({ locked: false, problems: [{ path: ['daysOff'], code: 'DAYS_OFF_EXCEED_BALANCE' }], report: null }));
    const { container } = await renderForm('sv', november, onSave);
    fireEvent.click(screen.getByLabelText('Ledig dag 2.11.2026'));
    fireEvent.click(screen.getByRole('button', { name: 'Spara utkast' }));
    const link = await screen.findByRole('link', { name: /Du har markerat fler lediga dagar än du har att använda/ });
    expect(link.getAttribute('href')).toBe('#cg-report-day-2026-11-01');
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('shows an approved month as locked, with the return comment history and who entered it, and offers no saving', async () => {
    const approved: ReportMonthData = {
      ...november, editable: false,
      report: { status: 'APPROVED', daysOff: ['2026-11-07'], interruptions: [], expenses: [], returnComment: null, enteredOnBehalf: { name: 'Kaisa Koordinaattori', at: '2026-11-20T10:00:00Z' } },
    };
    await renderForm('en', approved, vi.fn());
    expect(screen.getByText(/The month is approved and locked/)).toBeTruthy();
    expect(screen.getByText(/Kaisa Koordinaattori entered this report on your behalf/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send report' })).toBeNull();
    expect((screen.getByLabelText('Day off 7 Nov 2026', { exact: false }) as HTMLInputElement).checked).toBe(true);
  });

  it('tells a coordinator reading a locked month her own way to correct it, not the carer’s', async () => {
    const approved: ReportMonthData = { ...november, editable: false, report: { status: 'APPROVED', daysOff: [], interruptions: [], expenses: [], returnComment: null, enteredOnBehalf: null } };
    await renderForm('fi', approved, vi.fn(), 'Lisää alle oikaisu.');
    expect(screen.getByText('Lisää alle oikaisu.')).toBeTruthy();
    expect(screen.queryByText(/ota yhteyttä ohjaajaasi/)).toBeNull();
  });

  it('reads euros written either way', () => {
    expect(parseEuros('24,50')).toBe(2450);
    expect(parseEuros('24.5')).toBe(2450);
    expect(parseEuros('7 €')).toBe(700);
    expect(parseEuros('abc')).toBeNull();
  });
});
