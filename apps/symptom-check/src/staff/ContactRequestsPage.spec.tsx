import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import ContactRequestsPage from './ContactRequestsPage';

afterEach(cleanup);

const fi = (text: string) => ({ text, language: 'fi', isFallback: false });
const espoo = { id: 'u1', name: fi('Espoon terveyskeskus') };

function request(id: string, urgency: string, status: string, receivedAt: string, assessment: string, unit = espoo) {
  return { id, urgency, status, receivedAt, questionnaire: { id: assessment, name: fi(assessment) }, unit };
}

const queue = {
  symptomContactRequests: [
    request('a', 'emergency-department', 'new', '2026-11-23T08:20:00.000Z', 'Hengitystieinfektion oireet'),
    request('b', 'same-day', 'in-progress', '2026-11-23T06:15:00.000Z', 'PHQ-9'),
    request('c', 'self-care', 'new', '2026-11-19T12:00:00.000Z', 'Polven oireet'),
  ],
};

async function renderPage(data: Record<string, unknown>) {
  return renderWithProviders(<ContactRequestsPage {...pageProps('symptom-check', 'fi', 'staff')} />, {
    language: 'fi',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: fakeGraphql({ SymptomContactRequests: data }).wrapper('fi'),
  });
}

describe('the contact-request queue', () => {
  it('shows each request’s urgency in words, the assessment, the time in Helsinki and the status, in the given order', async () => {
    await renderPage(queue);
    const table = await screen.findByRole('table', { name: 'Avoimet yhteydenottopyynnöt, kiireellisin ensin' });
    expect(screen.getByText('3 avointa pyyntöä')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Päivystykseen tänään', 'Hengitystieinfektion oireet', '23.11.2026 klo 10.20', 'Uusi'],
      ['Terveysasemalle tänään', 'PHQ-9', '23.11.2026 klo 8.15', 'Työn alla'],
      ['Omahoito', 'Polven oireet', '19.11.2026 klo 14.00', 'Uusi'],
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
  });

  it('adds a unit column only for a nurse who works in several units', async () => {
    const other = { id: 'u2', name: fi('Kirkkonummen terveyskeskus') };
    await renderPage({ symptomContactRequests: [...queue.symptomContactRequests, request('d', 'within-days', 'new', '2026-11-22T08:00:00.000Z', 'GAD-7', other)] });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Yksikkö' })).toBeTruthy();
    expect(within(table).getByText('Kirkkonummen terveyskeskus')).toBeTruthy();
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

  it('has no accessibility violations', async () => {
    const { container } = await renderPage(queue);
    await screen.findByRole('table');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
