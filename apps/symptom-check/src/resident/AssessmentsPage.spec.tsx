import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import AssessmentsPage from './AssessmentsPage';

afterEach(cleanup);

const text = (value: string, language = 'sv', isFallback = false) => ({ text: value, language, isFallback });

const questionnaires = {
  symptomQuestionnaires: [
    {
      id: 'phq-9', category: 'mental-health', estimatedMinutes: 5,
      name: text('PHQ-9 – bedömning av depressionssymtom'), description: text('Nio frågor om ditt humör.'),
    },
    {
      id: 'low-back-pain', category: 'musculoskeletal', estimatedMinutes: 1,
      name: text('Alaselkäkipu', 'fi', true), description: text('Onko alaselässä kipua?', 'fi', true),
    },
    {
      id: 'respiratory-infection', category: 'infection', estimatedMinutes: 5,
      name: text('Symtom på luftvägsinfektion'), description: text('Hosta, snuva eller feber?'),
    },
  ],
};

async function renderPage(api: ReturnType<typeof fakeGraphql>) {
  return renderWithProviders(<AssessmentsPage {...pageProps('symptom-check', 'sv', 'resident')} />, {
    language: 'sv',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: api.wrapper('sv'),
  });
}

describe('the symptom check front page', () => {
  it('lists the assessments by category in the reader’s language', async () => {
    const api = fakeGraphql({ SymptomQuestionnaires: questionnaires });
    await renderPage(api);
    expect(screen.getByRole('heading', { level: 1, name: 'Symtombedömning' })).toBeTruthy();
    await screen.findByTestId('symptom-assessments');
    // Categories in a fixed order, whatever order the data came in.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Infektionssymtom',
      'Symtom i stöd- och rörelseorganen',
      'Humör och ork',
    ]);
    const mood = screen.getByRole('region', { name: 'Humör och ork' });
    expect(within(mood).getByRole('heading', { level: 3, name: 'PHQ-9 – bedömning av depressionssymtom' })).toBeTruthy();
    expect(within(mood).getByText('Cirka 5 minuter')).toBeTruthy();
    expect(screen.getByText('Cirka 1 minut')).toBeTruthy();
    expect(api.requests).toEqual([{ operationName: 'SymptomQuestionnaires', variables: {}, language: 'sv' }]);
    // Each assessment opens on its own page.
    expect(within(mood).getByRole('link', { name: 'PHQ-9 – bedömning av depressionssymtom' }).getAttribute('href')).toBe('/sv/symptom-check/phq-9');
    expect(screen.getByRole('link', { name: 'Se dina kontaktbegäranden' }).getAttribute('href')).toBe('/sv/symptom-check/my-requests');
  });

  it('says which content is only in Finnish and marks its language', async () => {
    await renderPage(fakeGraphql({ SymptomQuestionnaires: questionnaires }));
    const back = await screen.findByRole('heading', { level: 3, name: 'Alaselkäkipu' });
    expect(back.getAttribute('lang')).toBe('fi');
    expect(screen.getAllByText('Det här innehållet finns bara på finska.')).toHaveLength(1);
  });

  it('tells the reader to call 112 in an emergency before anything else loads', async () => {
    await renderPage(fakeGraphql({ SymptomQuestionnaires: questionnaires }));
    expect(screen.getByText('Ring genast 112 i en nödsituation')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ring 112' }).getAttribute('href')).toBe('tel:112');
    expect(screen.getByRole('link', { name: 'Ring Jourhjälpen 116 117' }).getAttribute('href')).toBe('tel:116117');
  });

  it('shows an error, and keeps the emergency guidance, when the list cannot be loaded', async () => {
    await renderPage(fakeGraphql({ SymptomQuestionnaires: new Error('boom') }));
    expect((await screen.findByRole('alert')).textContent).toContain('Något gick fel. Försök igen om en stund.');
    expect(screen.getByRole('link', { name: 'Ring 112' })).toBeTruthy();
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderPage(fakeGraphql({ SymptomQuestionnaires: questionnaires }));
    await screen.findByTestId('symptom-assessments');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
