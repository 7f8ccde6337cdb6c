import type { ReactElement } from 'react';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import FeedbackQueuePage from './FeedbackQueuePage';
import DiagnosticsPage from '../diagnostics/DiagnosticsPage';

afterEach(cleanup);

/** Types by pasting: one event instead of one per character (the tests stay quick on a busy machine). */
async function fill(user: { click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> }, element: Element, text: string) {
  await user.click(element);
  await user.paste(text);
}


const fi = (text: string) => ({ text, language: 'fi', isFallback: false });
const service = { id: 's1', name: fi('Perhekahvila Kohtaamo'), organization: { id: 'o1', name: fi('Kohtaamo ry') } };
const item = {
  id: 'f0f0f0f0-2222-4333-8444-555555555555', kind: 'WRONG_INFORMATION', text: 'Aukioloajat ovat väärin.', language: 'fi', sender: 'RESIDENT', state: 'NEW',
  createdAt: '2026-11-21T08:00:00.000Z', handledAt: null, handlerNote: null, service,
};
const counts = { new: 1, handled: 4, newByKind: [{ kind: 'WRONG_INFORMATION', count: 1 }, { kind: 'HELPED', count: 0 }, { kind: 'OTHER', count: 0 }] };

async function renderPage(page: ReactElement, fake: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(page, { language: 'fi', namespaces: { [manifest.i18n.namespace]: manifest.i18n.load }, wrapper: fake.wrapper('fi') });
}

describe('the curators’ feedback queue', { timeout: 30_000 }, () => {
  it('shows new feedback with its service and marks it handled with a note', async () => {
    let handled = false;
    const fake = fakeGraphql({
      ServiceTrayFeedbackQueue: () => ({ serviceFeedback: handled ? [] : [item], serviceFeedbackCounts: handled ? { ...counts, new: 0, handled: 5 } : counts }),
      ServiceTrayHandleFeedback: () => {
        handled = true;
        return { handleServiceFeedback: { id: 'f0f0f0f0-2222-4333-8444-555555555555', state: 'HANDLED', handledAt: '2026-11-23T08:00:00.000Z', handlerNote: 'Korjattu PTV:hen.' } };
      },
    });
    const { user } = await renderPage(<FeedbackQueuePage {...pageProps('service-tray', 'fi', 'staff')} />, fake);
    expect(await screen.findByText('Uusia 1, käsiteltyjä 4')).toBeTruthy();
    const article = screen.getByRole('article', { name: 'Perhekahvila Kohtaamo: Palvelun tiedoissa on virhe' });
    expect(within(article).getByText('Aukioloajat ovat väärin.')).toBeTruthy();
    await fill(user, within(article).getByRole('textbox', { name: /Käsittelymerkintä/ }), 'Korjattu PTV:hen.');
    await user.click(within(article).getByRole('button', { name: 'Merkitse käsitellyksi' }));
    expect(await screen.findByText('Uusia 0, käsiteltyjä 5')).toBeTruthy();
    expect(fake.requests.find((r) => r.operationName === 'ServiceTrayHandleFeedback')?.variables).toEqual({ input: { id: 'f0f0f0f0-2222-4333-8444-555555555555', note: 'Korjattu PTV:hen.' } });
    expect(screen.getByText('Ei palautteita.')).toBeTruthy();
  });

  it('filters by state and kind, and passes axe', async () => {
    const fake = fakeGraphql({ ServiceTrayFeedbackQueue: { serviceFeedback: [item], serviceFeedbackCounts: counts } });
    const { container, user } = await renderPage(<FeedbackQueuePage {...pageProps('service-tray', 'fi', 'staff')} />, fake);
    await screen.findByRole('article');
    await user.click(screen.getByRole('radio', { name: 'Käsitellyt' }));
    await user.click(screen.getByRole('radio', { name: 'Palvelusta oli apua' }));
    expect(fake.requests.filter((r) => r.operationName === 'ServiceTrayFeedbackQueue').map((r) => r.variables).at(-1)).toEqual({ state: 'HANDLED', kind: 'HELPED' });
    await screen.findByRole('article');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('data-quality diagnostics', { timeout: 30_000 }, () => {
  it('count gaps by reason and organisation, list the services, and pass axe', async () => {
    const reasons = (n: number) => [
      { reason: 'MISSING_TARGET_GROUP', count: n }, { reason: 'MISSING_SERVICE_CLASS', count: 0 }, { reason: 'MISSING_SWEDISH', count: 2 },
      { reason: 'MISSING_OPENING_HOURS', count: 0 }, { reason: 'NOT_UPDATED', count: 1 },
    ];
    const fake = fakeGraphql({
      ServiceMunicipalities: { serviceMunicipalities: [{ code: '049', name: fi('Espoo') }] },
      ServiceTrayDiagnostics: {
        serviceDiagnostics: {
          checked: 32, withGaps: 3, byReason: reasons(1),
          byOrganization: [{ organization: service.organization, checked: 4, withGaps: 3, byReason: reasons(1) }],
          services: [{ reasons: ['MISSING_SWEDISH', 'NOT_UPDATED'], service }],
        },
      },
    });
    const { container } = await renderPage(<DiagnosticsPage {...pageProps('service-tray', 'fi', 'staff')} />, fake);
    expect(await screen.findByText('Puutteita 3 palvelussa 32 palvelusta')).toBeTruthy();
    const list = screen.getByRole('table', { name: 'Palvelut ja niiden puutteet' });
    expect(within(list).getByText('Ruotsinkielinen nimi tai tiivistelmä puuttuu, Ei päivitetty vuoteen')).toBeTruthy();
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
