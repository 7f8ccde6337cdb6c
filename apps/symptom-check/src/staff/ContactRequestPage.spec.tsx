import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders, type FakeAnswer } from '@luotsi/testing';
import { ContactRequestView } from './ContactRequestPage';

afterEach(cleanup);

const fi = (text: string) => ({ text, language: 'fi', isFallback: false });
const hanna = { id: 's-hanna', name: 'Hanna Hoitaja' };
const jussi = { id: 's-jussi', name: 'Jussi Järvinen' };

function opened(overrides: Record<string, unknown> = {}) {
  return {
    symptomContactRequest: {
      id: 'r1', urgency: 'same-day', status: 'new', receivedAt: '2026-11-23T08:20:00.000Z', deadlineAt: '2026-11-23T10:20:00.000Z',
      claimedById: null, claimedByMe: false, outcome: null, closedAt: null,
      patientName: 'Matti Korhonen', patientBirthDate: '1985-03-14', contactPhone: '040 123 4567', contactEmail: null, reply: null,
      questionnaire: { id: 'respiratory-infection', name: fi('Hengitystieinfektion oireet') },
      summary: fi('Hengitystieinfektion oireet: Terveysasemalle tänään (Hengenahdistusta rasituksessa)'),
      answers: [{ itemId: 'breathing', question: 'Onko sinulla hengenahdistusta?', answer: 'Rasituksessa' }],
      history: [{ type: 'sent', at: '2026-11-23T08:20:00.000Z', staffName: null, toStaffName: null, note: null, outcome: null }],
      ...overrides,
    },
    symptomQueueColleagues: [hanna, jussi],
  };
}

async function renderView(answers: Record<string, FakeAnswer>) {
  const graphql = fakeGraphql(answers);
  const rendered = await renderWithProviders(<ContactRequestView {...pageProps('symptom-check', 'fi', 'staff')} id="r1" />, {
    language: 'fi',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: graphql.wrapper('fi'),
  });
  return { ...rendered, graphql };
}

describe('an opened contact request', () => {
  it('shows the summary in words, the patient, the answers and the history', async () => {
    await renderView({ SymptomContactRequest: opened() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Yhteydenottopyyntö: Hengitystieinfektion oireet' })).toBeTruthy();
    expect(screen.getByText('Hengitystieinfektion oireet: Terveysasemalle tänään (Hengenahdistusta rasituksessa)')).toBeTruthy();
    expect(screen.getByText('Matti Korhonen')).toBeTruthy();
    expect(screen.getByRole('link', { name: '040 123 4567' }).getAttribute('href')).toBe('tel:0401234567');
    const answers = screen.getByTestId('symptom-request-answers');
    expect(within(answers).getByText('Onko sinulla hengenahdistusta?')).toBeTruthy();
    expect(within(answers).getByText('Rasituksessa')).toBeTruthy();
    expect(within(screen.getByTestId('symptom-request-history')).getByText(/Asukas lähetti pyynnön\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Avaa kalenteri' }).getAttribute('href')).toBe('/staff/appointments');
  });

  it('answers the resident with a new idempotency key per answer, and says it was sent', async () => {
    const { user, graphql } = await renderView({
      SymptomContactRequest: opened(),
      AnswerSymptomContactRequest: { answerSymptomContactRequest: { id: 'r1', status: 'in-progress' } },
    });
    await user.type(await screen.findByLabelText('Viesti asukkaalle'), 'Soitan sinulle tänään.');
    await user.click(screen.getByRole('button', { name: 'Lähetä vastaus' }));
    expect(await screen.findByText('Vastaus lähetettiin asukkaalle.')).toBeTruthy();
    const sent = graphql.requests.find((r) => r.operationName === 'AnswerSymptomContactRequest');
    expect(sent?.variables).toMatchObject({ id: 'r1', message: 'Soitan sinulle tänään.' });
    expect(String(sent?.variables['key'])).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says what is missing instead of sending an empty answer', async () => {
    const { user, graphql } = await renderView({ SymptomContactRequest: opened() });
    await user.click(await screen.findByRole('button', { name: 'Lähetä vastaus' }));
    expect(screen.getByLabelText('Viesti asukkaalle').getAttribute('aria-invalid')).toBe('true');
    expect(graphql.requests.some((r) => r.operationName === 'AnswerSymptomContactRequest')).toBe(false);
  });

  it('closes with an outcome chosen by its label', async () => {
    const { user, graphql } = await renderView({
      SymptomContactRequest: opened({ claimedById: hanna.id, claimedByMe: true, status: 'in-progress' }),
      CloseSymptomContactRequest: { closeSymptomContactRequest: { id: 'r1', status: 'handled' } },
    });
    await user.selectOptions(await screen.findByLabelText('Lopputulos'), 'Ohjeet annettu');
    await user.click(screen.getByRole('button', { name: 'Sulje pyyntö' }));
    expect(await screen.findByText('Pyyntö suljettiin.')).toBeTruthy();
    expect(graphql.requests.find((r) => r.operationName === 'CloseSymptomContactRequest')?.variables).toMatchObject({ outcome: 'advice-given' });
  });

  it('leaves a colleague’s request to them, but lets it be moved', async () => {
    await renderView({ SymptomContactRequest: opened({ claimedById: jussi.id, status: 'in-progress' }) });
    expect(await screen.findByText('Jussi Järvinen käsittelee pyyntöä. Voit siirtää sen itsellesi tai toiselle kollegalle.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lähetä vastaus' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Siirrä' })).toBeTruthy();
  });

  it('says so when the request is not in the nurse’s queue', async () => {
    await renderView({ SymptomContactRequest: { symptomContactRequest: null, symptomQueueColleagues: [] } });
    expect(await screen.findByText(/Pyyntöä ei löydy yksikkösi jonosta/)).toBeTruthy();
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderView({ SymptomContactRequest: opened() });
    await screen.findByTestId('symptom-request-history');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
