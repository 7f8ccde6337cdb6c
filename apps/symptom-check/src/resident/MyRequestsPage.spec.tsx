import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import MyRequestsPage from './MyRequestsPage';

afterEach(cleanup);

const text = (value: string, language: Language = 'sv') => ({ text: value, language, isFallback: false });
const requests = {
  mySymptomContactRequests: [
    {
      id: 'r1', status: 'handled', receivedAt: '2026-11-23T07:42:00.000Z', reply: 'Välkommen till mottagningen i dag kl. 14.',
      questionnaire: { id: 'respiratory-infection', name: text('Luftvägsinfektion') }, unit: { id: 'u1', name: text('Esbo hälsocentral') },
    },
    {
      id: 'r2', status: 'new', receivedAt: '2026-11-20T10:00:00.000Z', reply: null,
      questionnaire: { id: 'urinary-symptoms', name: text('Urinvägssymtom') }, unit: { id: 'u1', name: text('Esbo hälsocentral') },
    },
  ],
};

async function renderPage(language: Language, api: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(<MyRequestsPage {...pageProps('symptom-check', language, 'resident')} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: api.wrapper(language),
  });
}

describe('my contact requests', () => {
  it('shows each request’s status, where it went and the reply when there is one', async () => {
    await renderPage('sv', fakeGraphql({ MySymptomContactRequests: requests }));
    const list = await screen.findByTestId('symptom-my-requests');
    const [handled, waiting] = within(list).getAllByRole('listitem');
    if (!handled || !waiting) throw new Error('two requests expected');
    expect(within(handled).getByRole('heading', { name: 'Luftvägsinfektion' })).toBeTruthy();
    expect(within(handled).getByText('Behandlad')).toBeTruthy();
    expect(within(handled).getByText('Välkommen till mottagningen i dag kl. 14.')).toBeTruthy();
    expect(within(handled).getByText('Mottagare: Esbo hälsocentral')).toBeTruthy();
    expect(within(handled).getByText(/^Skickad .*9[.:]42/)).toBeTruthy();
    expect(within(waiting).getByText('Väntar på behandling')).toBeTruthy();
    expect(within(waiting).getByText('Inget svar ännu.')).toBeTruthy();
  });

  it('says when there are none', async () => {
    await renderPage('fi', fakeGraphql({ MySymptomContactRequests: { mySymptomContactRequests: [] } }));
    expect(await screen.findByText('Et ole lähettänyt yhteydenottopyyntöjä.')).toBeTruthy();
  });

  it.each(['fi', 'sv'] as const)('has no accessibility violations (%s)', async (language) => {
    const { container } = await renderPage(language, fakeGraphql({ MySymptomContactRequests: requests }));
    await screen.findByTestId('symptom-my-requests');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
