import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import manifest from '../module';
import { axeViolations, createTestI18n, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import { I18nProvider } from '@luotsi/i18n';
import ContactRequestsPage from './ContactRequestsPage';
import { DeadlineTimer, useMinuteClock } from './clock';
import type { LiveHandlers, LiveSource } from './live';
import { LiveSourceContext } from './live-context';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const fi = (text: string) => ({ text, language: 'fi', isFallback: false });
const espoo = { id: 'u1', name: fi('Espoon terveyskeskus') };

function request(id: string, urgency: string, status: string, receivedAt: string, assessment: string, unit = espoo, extra: object = {}) {
  return {
    id, urgency, status, receivedAt, deadlineAt: '2030-01-01T14:00:00.000Z', claimedByMe: false, claimedById: null,
    questionnaire: { id: assessment, name: fi(assessment) }, unit, ...extra,
  };
}

const queue = {
  symptomContactRequests: [
    request('a', 'emergency-department', 'new', '2026-11-23T08:20:00.000Z', 'Hengitystieinfektion oireet'),
    request('b', 'same-day', 'in-progress', '2026-11-23T06:15:00.000Z', 'PHQ-9', espoo, { claimedByMe: true, claimedById: 's1' }),
    request('c', 'self-care', 'new', '2026-11-19T12:00:00.000Z', 'Polven oireet'),
  ],
};

/** A live source the test drives: it records the page's handlers. */
function fakeLive() {
  const handlers: LiveHandlers<unknown>[] = [];
  const source: LiveSource = (_document, _language, h) => {
    handlers.push(h as LiveHandlers<unknown>);
    return () => undefined;
  };
  return { source, handlers };
}

async function renderPage(data: Record<string, unknown> | (() => Record<string, unknown>), live = fakeLive()) {
  const graphql = fakeGraphql({ SymptomContactRequests: data });
  const Graphql = graphql.wrapper('fi');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Graphql>
      <LiveSourceContext.Provider value={live.source}>{children}</LiveSourceContext.Provider>
    </Graphql>
  );
  const rendered = await renderWithProviders(<ContactRequestsPage {...pageProps('symptom-check', 'fi', 'staff')} />, {
    language: 'fi',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
  return { ...rendered, graphql, live };
}

describe('the contact-request queue', () => {
  it('shows each request’s urgency in words, the assessment as a link, the time in Helsinki, the deadline and the status', async () => {
    await renderPage(queue);
    const table = await screen.findByRole('table', { name: 'Avoimet yhteydenottopyynnöt, kiireellisin ensin' });
    expect(screen.getByText('3 avointa pyyntöä')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['Päivystykseen tänään', 'Hengitystieinfektion oireet', '23.11.2026 klo 10.20', 'Uusi'],
      ['Terveysasemalle tänään', 'PHQ-9', '23.11.2026 klo 8.15', 'Työn alla (sinulla)'],
      ['Omahoito', 'Polven oireet', '19.11.2026 klo 14.00', 'Uusi'],
    ]);
    expect(rows[0]?.[3]).toMatch(/^Aikaa /);
    const link = within(table).getByRole('link', { name: 'Avaa pyyntö: Hengitystieinfektion oireet, saapunut 23.11.2026 klo 10.20' });
    expect(link.getAttribute('href')).toBe('/staff/symptom-check/a');
  });

  it('adds a unit column only for a nurse who works in several units', async () => {
    const other = { id: 'u2', name: fi('Kirkkonummen terveyskeskus') };
    await renderPage({ symptomContactRequests: [...queue.symptomContactRequests, request('d', 'within-days', 'new', '2026-11-22T08:00:00.000Z', 'GAD-7', other)] });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Yksikkö' })).toBeTruthy();
    cleanup();
    await renderPage(queue);
    expect(within(await screen.findByRole('table')).queryByRole('columnheader', { name: 'Yksikkö' })).toBeNull();
  });

  it('names an unknown urgency rather than hiding it', async () => {
    await renderPage({ symptomContactRequests: [request('x', 'urgent', 'new', '2026-11-23T08:20:00.000Z', 'Selkäkipu')] });
    expect(await screen.findByText('Tuntematon kiireellisyys (urgent)')).toBeTruthy();
  });

  it('says so when the queue is empty', async () => {
    await renderPage({ symptomContactRequests: [] });
    expect(await screen.findByText('Ei avoimia yhteydenottopyyntöjä.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a request that arrives live and announces it politely, once', async () => {
    let answer = { symptomContactRequests: queue.symptomContactRequests.slice(1) };
    const { live, graphql } = await renderPage(() => answer);
    await screen.findByText('2 avointa pyyntöä');
    const announcer = screen.getByTestId('symptom-queue-announcement');
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe('');

    answer = queue;
    act(() => live.handlers[0]?.onEvent({ symptomQueueEvents: { kind: 'received', contactRequestId: 'a', urgency: 'emergency-department' } }));
    expect(await screen.findByText('3 avointa pyyntöä')).toBeTruthy();
    expect(announcer.textContent).toMatch(/^Uusi yhteydenottopyyntö klo \d{1,2}\.\d{2}: Päivystykseen tänään\.$/);
    const announced = announcer.textContent;

    // A colleague's claim updates the list without a new announcement.
    act(() => live.handlers[0]?.onEvent({ symptomQueueEvents: { kind: 'claimed', contactRequestId: 'a', urgency: 'emergency-department' } }));
    await vi.waitFor(() => expect(graphql.requests.filter((r) => r.operationName === 'SymptomContactRequests')).toHaveLength(3));
    expect(announcer.textContent).toBe(announced);
  });

  it('reads the queue again when the live connection comes back, and says while it is away', async () => {
    const { live, graphql } = await renderPage(queue);
    await screen.findByRole('table');
    act(() => live.handlers[0]?.onConnected());
    expect(screen.getByTestId('symptom-queue-live').textContent).toBe('Uudet pyynnöt tulevat näkyviin ilman sivun päivitystä.');
    act(() => live.handlers[0]?.onDisconnected());
    expect(screen.getByTestId('symptom-queue-live').textContent).toMatch(/^Yhteys katkesi/);
    act(() => live.handlers[0]?.onConnected());
    await vi.waitFor(() => expect(graphql.requests.filter((r) => r.operationName === 'SymptomContactRequests')).toHaveLength(2));
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderPage(queue);
    await screen.findByRole('table');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('the deadline timer', () => {
  async function renderTimer(ui: ReactNode, beforeRender: () => void = () => undefined) {
    const i18n = await createTestI18n({ language: 'fi', namespaces: { [manifest.i18n.namespace]: manifest.i18n.load } });
    beforeRender();
    return render(<I18nProvider i18n={i18n.instance}>{ui}</I18nProvider>);
  }

  it('says how long is left, and how late an overdue request is, in words', async () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    await renderTimer(
      <>
        <DeadlineTimer deadline="2026-11-23T10:10:30.000Z" now={now} />
        <DeadlineTimer deadline="2026-11-23T07:45:00.000Z" now={now} />
      </>,
    );
    expect(screen.getByText('Aikaa 2 t 10 min')).toBeTruthy();
    expect(screen.getByText('Aikaa 2 tuntia 10 minuuttia')).toBeTruthy();
    expect(screen.getByText('⚠ Myöhässä 15 min')).toBeTruthy();
    expect(screen.getByText('Myöhässä 15 minuuttia')).toBeTruthy();
  });

  it('moves on at the start of every minute', async () => {
    function Ticking() {
      return <DeadlineTimer deadline="2026-11-23T08:10:00.000Z" now={useMinuteClock()} />;
    }
    // The texts load first; then the clock is the test's.
    await renderTimer(<Ticking />, () => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2026-11-23T08:00:30.000Z'));
    });
    expect(screen.getByText('Aikaa 9 min')).toBeTruthy();
    act(() => void vi.advanceTimersByTime(30_000));
    expect(screen.getByText('Aikaa 9 min')).toBeTruthy(); // 08:01:00 → 9 min left exactly
    act(() => void vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Aikaa 8 min')).toBeTruthy();
  });
});
