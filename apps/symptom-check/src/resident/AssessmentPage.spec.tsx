import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import { getQuestionnaire, visibleItems } from '@luotsi/questionnaires';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, pageProps, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import { AssessmentFlow } from './AssessmentPage';

afterEach(() => cleanup());
beforeEach(() => window.sessionStorage.clear());

const respiratory = getQuestionnaire('respiratory-infection');
const noDangerSigns = { 'severe-breathlessness': 'no', 'blue-lips': 'no', confusion: 'no', 'chest-pain': 'no', 'coughing-blood': 'no' };
const breathless = { ...noDangerSigns, age: 40, fever: 'none', breathing: 'breathless-on-exertion', 'symptom-days': 3, 'other-symptoms': ['cough'] };
const text = (value: string, language: Language) => ({ text: value, language, isFallback: false });

type Call = { operation: string; variables: Record<string, unknown> };
type Answer = { data: unknown } | { errors: { message: string; extensions: { code: string } }[] };

/**
 * A stand-in BFF: the definition from the engine, a result for any answers, and the resident's
 * session as `signedIn` says. It records every operation with its variables.
 */
function fakeBff(language: Language, { signedIn = false, children = [] as { id: string; firstName: string }[] } = {}) {
  const calls: Call[] = [];
  const answer = (operation: string, variables: Record<string, unknown>): Answer => {
    switch (operation) {
      case 'SymptomQuestionnaireDefinition':
        return variables['id'] === 'respiratory-infection'
          ? { data: { symptomQuestionnaire: { id: respiratory.id, version: respiratory.version, title: text(respiratory.title[language], language), definition: JSON.stringify(respiratory) } } }
          : { data: { symptomQuestionnaire: null } };
      case 'EvaluateSymptomAssessment':
        return {
          data: {
            evaluateSymptomAssessment: {
              urgency: 'same-day',
              contactOffered: true,
              bandLabel: null,
              advice: [{ key: 'breathless', text: text(language === 'sv' ? 'Kontakta hälsocentralen i dag.' : 'Ota yhteyttä terveysasemalle tänään.', language) }],
            },
          },
        };
      case 'SymptomCheckMe':
        return signedIn
          ? { data: { me: { id: 'me', firstName: 'Tessa', children } } }
          : { errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }] };
      case 'SaveSymptomAssessment':
        return { data: { saveSymptomAssessment: { id: '00000000-0000-4000-8000-000000000001' } } };
      case 'SendSymptomContactRequest':
        return { data: { sendSymptomContactRequest: { id: '00000000-0000-4000-8000-000000000002', status: 'new' } } };
      default:
        return { errors: [{ message: `unexpected ${operation}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    }
  };
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    calls.push({ operation, variables });
    return new Response(JSON.stringify(answer(operation, variables)), { headers: { 'content-type': 'application/json' } });
  };
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children: inner }: { children: ReactNode }) => <GraphqlProvider client={client}>{inner}</GraphqlProvider>;
  return { calls, wrapper, operations: () => calls.map((c) => c.operation) };
}

async function renderFlow(language: Language, bff: ReturnType<typeof fakeBff>, questionnaireId = 'respiratory-infection') {
  return renderWithProviders(<AssessmentFlow {...pageProps('symptom-check', language, 'resident')} questionnaireId={questionnaireId} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: bff.wrapper,
  });
}

/** The flow as a reload finds it: answers kept in the tab's session storage. */
function storeFlow(state: object) {
  window.sessionStorage.setItem('luotsi.symptom-check.respiratory-infection', JSON.stringify(state));
}

describe('answering a symptom assessment', () => {
  it('asks one question at a time with the progress, and keeps answers going back and forward', async () => {
    const { user } = await renderFlow('sv', fakeBff('sv'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Luftvägsinfektion' })).toBeTruthy();
    const total = visibleItems(respiratory, {}).length;
    expect(screen.getByText(`Fråga 1/${total}`)).toBeTruthy();
    const first = screen.getByRole('radiogroup', { name: /Har du svår andnöd/ });
    await user.click(within(first).getByRole('radio', { name: 'Nej' }));
    await user.click(screen.getByRole('button', { name: 'Nästa' }));

    const second = screen.getByRole('radiogroup', { name: /Är läpparna eller ansiktet blåaktiga/ });
    expect(screen.getByText(`Fråga 2/${total}`)).toBeTruthy();
    // The new question has focus, so a screen reader reads it out.
    expect(within(second).getAllByRole('radio')).toContain(document.activeElement);
    await user.click(screen.getByRole('button', { name: 'Föregående' }));
    const again = screen.getByRole('radiogroup', { name: /Har du svår andnöd/ });
    expect((within(again).getByRole('radio', { name: 'Nej' }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for an answer before going on', async () => {
    const { user } = await renderFlow('fi', fakeBff('fi'));
    await user.click(await screen.findByRole('button', { name: 'Seuraava' }));
    expect(screen.getByText('Vastaa kysymykseen, niin pääset eteenpäin.')).toBeTruthy();
    expect(screen.getByText(/Kysymys 1\//)).toBeTruthy();
  });

  it('checks a number against its limits', async () => {
    storeFlow({ answers: noDangerSigns, current: 'age', stage: 'questions' });
    const { user } = await renderFlow('fi', fakeBff('fi'));
    await user.type(await screen.findByRole('textbox', { name: /Ikä/ }), '130');
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    expect(screen.getByText('Anna luku väliltä 0–120.')).toBeTruthy();
  });

  it('stops at a danger sign and tells the resident to call 112 at once, without asking the BFF', async () => {
    const bff = fakeBff('sv');
    const { user } = await renderFlow('sv', bff);
    await user.click(within(await screen.findByRole('radiogroup', { name: /Har du svår andnöd/ })).getByRole('radio', { name: 'Ja' }));
    // Nothing more will be asked: the button says so.
    await user.click(screen.getByRole('button', { name: 'Visa resultatet' }));
    expect(screen.getByText('Ring genast nödnumret 112')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ring 112' }).getAttribute('href')).toBe('tel:112');
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(bff.operations()).toEqual(['SymptomQuestionnaireDefinition']);
  });

  it('keeps the answers over a reload', async () => {
    const { user } = await renderFlow('fi', fakeBff('fi'));
    await user.click(within(await screen.findByRole('radiogroup', { name: /vaikea hengenahdistus/ })).getByRole('radio', { name: 'Ei' }));
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    cleanup();
    await renderFlow('fi', fakeBff('fi'));
    expect(await screen.findByRole('radiogroup', { name: /Ovatko huulet tai kasvot sinertävät/ })).toBeTruthy();
    expect(screen.getByText(/Kysymys 2\//)).toBeTruthy();
  });

  it('says so when there is no such assessment', async () => {
    await renderFlow('fi', fakeBff('fi'), 'knee-symptoms');
    expect(await screen.findByText('Tätä arviota ei löytynyt.')).toBeTruthy();
  });
});

describe('the result', () => {
  it('comes from the BFF, which gets only the answers to questions that were asked', async () => {
    storeFlow({ answers: { ...breathless, 'fever-days': 5 }, current: 'other-symptoms', stage: 'result' });
    const bff = fakeBff('sv');
    await renderFlow('sv', bff);
    const result = await screen.findByTestId('symptom-result');
    expect(within(result).getByText('Kontakta hälsocentralen i dag')).toBeTruthy();
    expect(within(result).getByText('Kontakta hälsocentralen i dag.')).toBeTruthy();
    const evaluate = bff.calls.find((c) => c.operation === 'EvaluateSymptomAssessment');
    expect(JSON.parse(String(evaluate?.variables['answers']))).toEqual(breathless);
    // Not signed in: sending asks for strong identification and comes back here.
    const signIn = await screen.findByRole('link', { name: 'Identifiera dig och skicka' });
    expect(signIn.getAttribute('href')).toMatch(/^\/auth\/resident\/login\?returnTo=.*&lang=sv$/);
  });

  it('is sent for a child with consent and a confirmed phone number', async () => {
    storeFlow({ answers: breathless, current: 'other-symptoms', stage: 'result' });
    const bff = fakeBff('fi', { signedIn: true, children: [{ id: '00000000-0000-4000-8000-00000000000c', firstName: 'Tuukka' }] });
    const { user } = await renderFlow('fi', bff);
    await user.click(await screen.findByRole('radio', { name: 'Lapseni Tuukka oireista' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä pyyntö' }));
    expect(screen.getByText('Anna lupa, jotta voimme lähettää pyynnön.')).toBeTruthy();
    expect(screen.getByText('Anna puhelinnumero tai sähköposti.')).toBeTruthy();
    expect(bff.operations()).not.toContain('SendSymptomContactRequest');

    await user.type(screen.getByRole('textbox', { name: /Puhelinnumero/ }), '040 123 4567');
    await user.click(screen.getByRole('checkbox', { name: /Annan luvan/ }));
    await user.click(screen.getByRole('button', { name: 'Lähetä pyyntö' }));
    expect(await screen.findByText('Pyyntö on lähetetty')).toBeTruthy();
    const save = bff.calls.find((c) => c.operation === 'SaveSymptomAssessment');
    expect(save?.variables['input']).toMatchObject({ questionnaireId: 'respiratory-infection', forChildId: '00000000-0000-4000-8000-00000000000c' });
    const send = bff.calls.find((c) => c.operation === 'SendSymptomContactRequest');
    expect(send?.variables['input']).toEqual({
      assessmentId: '00000000-0000-4000-8000-000000000001', consent: true, phone: '040 123 4567', email: null, forChildId: '00000000-0000-4000-8000-00000000000c',
    });
    // Sent: the answers leave the tab's storage.
    expect(window.sessionStorage.getItem('luotsi.symptom-check.respiratory-infection')).toBeNull();
  });
});

describe('accessibility', () => {
  it.each(['fi', 'sv'] as const)('a question has no violations (%s)', async (language) => {
    const { container } = await renderFlow(language, fakeBff(language));
    await screen.findAllByRole('radio');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it.each(['fi', 'sv'] as const)('the result and the send form have no violations (%s)', async (language) => {
    storeFlow({ answers: breathless, current: 'other-symptoms', stage: 'result' });
    const { container } = await renderFlow(language, fakeBff(language, { signedIn: true, children: [{ id: 'c1', firstName: 'Tuukka' }] }));
    await screen.findByRole('checkbox');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the emergency advice has no violations', async () => {
    storeFlow({ answers: { 'severe-breathlessness': 'yes' }, current: 'severe-breathlessness', stage: 'result' });
    const { container } = await renderFlow('sv', fakeBff('sv'));
    await screen.findByRole('link', { name: 'Ring 112' });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
