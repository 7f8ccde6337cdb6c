import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../../module';
import TemplatesPage from './TemplatesPage';

afterEach(() => cleanup());

const template = {
  id: 't1', type: 'INFORMAL_CARE', name: { text: 'Omaishoitosopimus' }, nameFi: 'Omaishoitosopimus', nameSv: 'Avtal om närståendevård', nameEn: null,
  bodyFi: 'Hoitopalkkio {{monthlyFee}}', bodySv: 'Vårdarvode {{monthlyFee}}', bodyEn: null, fieldsUsed: ['monthlyFee'],
  updatedAt: '2026-11-20T10:00:00.000Z', updatedByName: 'Kaisa Koordinaattori',
};

function fakeBff(answers: Record<string, unknown>) {
  return vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const name = /(?:query|mutation) (\w+)/.exec(String(init?.body))?.[1] ?? '';
    return new Response(JSON.stringify(answers[name]), { headers: { 'content-type': 'application/json' } });
  });
}

async function renderPage(language: Language, fetch: ReturnType<typeof fakeBff>) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  return renderWithProviders(<TemplatesPage language={language} area="staff" to={(p) => `/staff/caregiver-portal/${p}`} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: (lang: Language) => manifest.i18n.load(lang, 'staff') },
    wrapper,
  });
}

describe('agreement templates', () => {
  it('lists the templates and explains the fields, without axe violations', async () => {
    const { container } = await renderPage('fi', fakeBff({ CaregiverTemplates: { data: { careAgreementTemplates: [template] } } }));
    expect(await screen.findByRole('button', { name: 'Omaishoidon tuki: Omaishoitosopimus' })).toBeTruthy();
    expect(screen.getByText(/esimerkiksi \{\{carerName\}\}/)).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('refuses an unknown field before sending, then saves the template in both languages', async () => {
    const fetch = fakeBff({ CaregiverTemplates: { data: { careAgreementTemplates: [] } }, CaregiverCreateTemplate: { data: { createCareAgreementTemplate: { id: 't2' } } } });
    await renderPage('en', fetch);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name in Finnish' }), { target: { value: 'Tukihenkilösopimus' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name in Swedish' }), { target: { value: 'Stödpersonsavtal' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Text in Finnish' }), { target: { value: 'Palkkio {{palkkio}}' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Text in Swedish' }), { target: { value: 'Arvode {{perTaskFee}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the template' }));
    expect(await screen.findByText('The text has an unknown field or an unmatched brace. Use only the fields in the list.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Text in Finnish' }), { target: { value: 'Palkkio {{perTaskFee}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the template' }));
    expect(await screen.findByText('The template was saved.')).toBeTruthy();
    const created = fetch.mock.calls.map(([, init]) => JSON.parse(String(init?.body))).filter((b: { query: string }) => b.query.includes('CaregiverCreateTemplate'));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0].variables.input).toEqual({
      type: 'INFORMAL_CARE', name: { fi: 'Tukihenkilösopimus', sv: 'Stödpersonsavtal', en: null }, body: { fi: 'Palkkio {{perTaskFee}}', sv: 'Arvode {{perTaskFee}}', en: null },
    });
  });
});
