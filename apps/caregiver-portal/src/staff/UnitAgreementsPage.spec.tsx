import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import type { UnitCareAgreementsQuery } from '../gql/graphql';
import UnitAgreementsPage from './UnitAgreementsPage';

afterEach(() => cleanup());

const west = { id: 'u1', name: { text: 'Omaishoidon tuki, läntinen palvelualue', language: 'fi', isFallback: false } } as const;
const south = { id: 'u2', name: { text: 'Omaishoidon tuki, eteläinen palvelualue', language: 'fi', isFallback: false } } as const;

const kaisa: UnitCareAgreementsQuery = {
  unitCareAgreements: [
    { id: 'a1', type: 'INFORMAL_CARE', status: 'ACTIVE', validTo: '2026-12-31', endingSoon: true, carer: { id: 'p1', firstName: 'Erik', lastName: 'Lindqvist' }, unit: west },
    { id: 'a2', type: 'INFORMAL_CARE', status: 'ACTIVE', validTo: '2027-01-15', endingSoon: true, carer: { id: 'p2', firstName: 'Päivi', lastName: 'Koskinen' }, unit: south },
    { id: 'a3', type: 'SUPPORT_PERSON', status: 'ACTIVE', validTo: '2027-03-31', endingSoon: false, carer: { id: 'p3', firstName: 'Jari', lastName: 'Lehtonen' }, unit: south },
    { id: 'a4', type: 'INFORMAL_CARE', status: 'SENT', validTo: null, endingSoon: false, carer: { id: 'p4', firstName: 'Juha', lastName: 'Laine' }, unit: south },
  ],
};

function respondWith(body: unknown) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
}

async function renderPage(language: Language, body: unknown) {
  const client = new GraphqlClient({ language: () => language, fetch: respondWith(body) });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  return renderWithProviders(<UnitAgreementsPage language={language} area="staff" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
}

/** The table's body rows as the text of their cells. */
function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('Agreements of the coordinator’s units', () => {
  it('lists the agreements with carer, type, status and end, and flags those ending within 60 days', async () => {
    const { container } = await renderPage('fi', { data: kaisa });
    const table = await screen.findByRole('table', { name: 'Yksiköiden sopimukset, aikaisimmin päättyvät ensin' });
    expect(rowTexts(table)).toEqual([
      ['Erik Lindqvist', 'Omaishoidon tuki', 'Voimassa', '31.12.2026Päättyy 60 päivän kuluessa', 'Omaishoidon tuki, läntinen palvelualue'],
      ['Päivi Koskinen', 'Omaishoidon tuki', 'Voimassa', '15.1.2027Päättyy 60 päivän kuluessa', 'Omaishoidon tuki, eteläinen palvelualue'],
      ['Jari Lehtonen', 'Tukihenkilö', 'Voimassa', '31.3.2027', 'Omaishoidon tuki, eteläinen palvelualue'],
      ['Juha Laine', 'Omaishoidon tuki', 'Odottaa allekirjoitusta', 'Toistaiseksi', 'Omaishoidon tuki, eteläinen palvelualue'],
    ]);
    expect(screen.getByRole('rowheader', { name: 'Erik Lindqvist' })).toBeTruthy();
    expect(screen.getByText('2 sopimusta päättyy 60 päivän kuluessa. Sovi jatkosta ajoissa.')).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('speaks Swedish and leaves out the notice when nothing ends soon', async () => {
    await renderPage('sv', { data: { unitCareAgreements: kaisa.unitCareAgreements.slice(2) } });
    const table = await screen.findByRole('table', { name: 'Enheternas avtal, de som upphör tidigast först' });
    expect(rowTexts(table)[1]).toEqual(['Juha Laine', 'Stöd för närståendevård', 'Väntar på underskrift', 'Tills vidare', 'Omaishoidon tuki, eteläinen palvelualue']);
    expect(screen.queryByText(/upphör inom/)).toBeNull();
  });

  it('filters by status, type and ending soon, and links each carer to the agreement', async () => {
    await renderPage('fi', { data: kaisa });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'Juha Laine' }).getAttribute('href')).toBe('agreements/a4');
    fireEvent.change(screen.getByRole('combobox', { name: 'Tila' }), { target: { value: 'SENT' } });
    expect(rowTexts(table).map((r) => r[0])).toEqual(['Juha Laine']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Tila' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sopimustyyppi' }), { target: { value: 'SUPPORT_PERSON' } });
    expect(rowTexts(table).map((r) => r[0])).toEqual(['Jari Lehtonen']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sopimustyyppi' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Vain pian päättyvät' }));
    expect(rowTexts(table).map((r) => r[0])).toEqual(['Erik Lindqvist', 'Päivi Koskinen']);
    expect(screen.getByRole('status').textContent).toBe('Näytetään 2 sopimusta');
    expect(screen.getByRole('link', { name: 'Uusi sopimus' }).getAttribute('href')).toBe('agreements/new');
  });

  it('says so when the units have no agreements', async () => {
    await renderPage('en', { data: { unitCareAgreements: [] } });
    expect(await screen.findByText('Your units have no current agreements.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
