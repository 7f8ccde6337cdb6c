import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import { getQuestionnaire, visibleItems } from '@luotsi/questionnaires';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, pageProps, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import { AssessmentFlow, questionnaireIdOf } from './AssessmentPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
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
const municipalities = [
  { code: '049', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' } },
  { code: '710', name: { fi: 'Raasepori', sv: 'Raseborg', en: 'Raseborg' } },
];
const place = (serviceId: string, name: string, language: Language, openNow: boolean) => ({
  serviceId,
  name: text(name, language),
  address: 'Kyrkvägen 3, 10600 Ekenäs',
  mapUrl: 'https://www.openstreetmap.org/?mlat=59.97400&mlon=23.43700#map=16/59.97400/23.43700',
  openNow,
  alwaysOpen: false,
  eServiceUrl: null,
  hours: [{ dayFrom: 1, dayTo: 4, from: '08:00', to: '16:00' }, { dayFrom: 5, dayTo: null, from: '08:00', to: '14:00' }],
  phones: [{ number: '+358 19 289 1234', openNow }],
});

interface FakeOptions {
  signedIn?: boolean;
  children?: { id: string; firstName: string }[];
  /** The result's urgency. */
  urgency?: string;
  /** Whether the health centres are open now. */
  open?: boolean;
  /** The signed-in resident's municipality. */
  home?: string;
}

function fakeBff(language: Language, { signedIn = false, children = [], urgency = 'same-day', open = true, home = '710' }: FakeOptions = {}) {
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
              urgency,
              contactOffered: true,
              contactUnitType: 'health-centre',
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
      case 'RecordSymptomCheckRun':
        return { data: { recordSymptomCheckRun: true } };
      case 'SymptomCheckMunicipalities':
        return { data: { serviceMunicipalities: municipalities.map((m) => ({ code: m.code, name: text(m.name[language], language) })) } };
      case 'SymptomLocalNextStep': {
        const code = (variables['municipalityCode'] as string | null) ?? (signedIn ? home : null);
        const plan =
          urgency === 'emergency-department'
            ? { kind: 'helpline-first', unitType: 'emergency-duty', whenClosed: 'helpline' }
            : { kind: 'contact-unit', unitType: 'health-centre', whenClosed: urgency === 'same-day' ? 'helpline' : 'when-open' };
        const places = code === '710' && plan.unitType === 'health-centre' ? [place('hc-ekenas', language === 'fi' ? 'Terveysasema – Tammisaari' : 'Hälsostation – Ekenäs', language, open)] : [];
        return { data: { symptomLocalNextStep: { ...plan, emergencyNumber: '112', helplineNumber: '116117', municipalityCode: code, places } } };
      }
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
  return { calls, wrapper, signedIn, operations: () => calls.map((c) => c.operation) };
}

async function renderFlow(language: Language, bff: ReturnType<typeof fakeBff>, questionnaireId = 'respiratory-infection') {
  // The shell's session endpoint, which the send form asks before asking for `me`.
  vi.stubGlobal('fetch', async (url: RequestInfo | URL) =>
    String(url) === '/auth/session'
      ? new Response(JSON.stringify({ resident: bff.signedIn ? { displayName: 'Tessa Testilä', roles: ['resident'] } : null, staff: null }))
      : new Response('not found', { status: 404 }),
  );
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
    expect(await screen.findByText(`Fråga 1/${total}`)).toBeTruthy();
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

  it('stops at a danger sign and tells the resident to call 112 at once, without waiting for the BFF', async () => {
    const bff = fakeBff('sv');
    const { user } = await renderFlow('sv', bff);
    await user.click(within(await screen.findByRole('radiogroup', { name: /Har du svår andnöd/ })).getByRole('radio', { name: 'Ja' }));
    // Nothing more will be asked: the button says so.
    await user.click(screen.getByRole('button', { name: 'Visa resultatet' }));
    expect(screen.getByText('Ring genast nödnumret 112')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ring 112' }).getAttribute('href')).toBe('tel:112');
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(bff.operations()).not.toContain('EvaluateSymptomAssessment');
  });

  it('counts the answering once for the indicators: started at the first answer, then the result the BFF recomputes', async () => {
    const bff = fakeBff('fi');
    const { user } = await renderFlow('fi', bff);
    await user.click(within(await screen.findByRole('radiogroup', { name: /vaikea hengenahdistus/ })).getByRole('radio', { name: 'Kyllä' }));
    await user.click(screen.getByRole('button', { name: 'Näytä tulos' }));
    await waitFor(() => expect(bff.calls.filter((c) => c.operation === 'RecordSymptomCheckRun')).toHaveLength(2));
    const [start, done] = bff.calls.filter((c) => c.operation === 'RecordSymptomCheckRun').map((c) => c.variables['input'] as Record<string, unknown>);
    expect(start).toEqual({ runId: expect.stringMatching(/^[0-9a-f-]{36}$/), questionnaireId: 'respiratory-infection' });
    expect(done).toEqual({ runId: start?.['runId'], questionnaireId: 'respiratory-infection', answers: '{"severe-breathlessness":"yes"}' });
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
    // Not asked without a session: UNAUTHENTICATED would make the shell reload the page.
    expect(bff.operations()).not.toContain('SymptomCheckMe');
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

describe('the local next step', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('asks an anonymous resident for the municipality, remembers it in the URL and shows its health centre (sv)', async () => {
    storeFlow({ answers: breathless, current: 'other-symptoms', stage: 'result', runId: '00000000-0000-4000-8000-0000000000aa' });
    const bff = fakeBff('sv', { urgency: 'within-days' });
    const { user, container } = await renderFlow('sv', bff);
    const local = await screen.findByTestId('symptom-local-next-step');
    expect(within(local).getByRole('heading', { name: 'Vart du kan vända dig' })).toBeTruthy();
    await user.selectOptions(await within(local).findByRole('combobox', { name: /Din hemkommun/ }), 'Raseborg');

    expect(await within(local).findByRole('heading', { level: 4, name: 'Hälsostation – Ekenäs' })).toBeTruthy();
    expect(within(local).getByText('Öppet nu')).toBeTruthy();
    expect(within(local).getByRole('link', { name: '+358 19 289 1234' }).getAttribute('href')).toBe('tel:+358192891234');
    expect(within(local).getByRole('link', { name: 'Hälsostation – Ekenäs på kartan' }).getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    expect(within(local).getByText(/Öppettider: mån–tors 8\.00–16\.00, fre 8\.00–14\.00/)).toBeTruthy();
    expect(window.location.search).toBe('?municipality=710');
    await waitFor(() =>
      expect(bff.calls.map((c) => c.variables['input'])).toContainEqual({ runId: '00000000-0000-4000-8000-0000000000aa', questionnaireId: 'respiratory-infection', municipalityCode: '710' }),
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('uses the signed-in resident’s municipality and, when the health centre is closed, says to call 116 117 (fi)', async () => {
    storeFlow({ answers: breathless, current: 'other-symptoms', stage: 'result' });
    const { container } = await renderFlow('fi', fakeBff('fi', { signedIn: true, open: false }));
    const local = await screen.findByTestId('symptom-local-next-step');
    expect(await within(local).findByRole('heading', { level: 4, name: 'Terveysasema – Tammisaari' })).toBeTruthy();
    expect(within(local).getByText('Kiinni nyt')).toBeTruthy();
    expect(within(local).getByText('Jos asia ei voi odottaa aukeamiseen, soita Päivystysapuun 116 117.')).toBeTruthy();
    expect(within(local).getByRole('link', { name: 'Soita Päivystysapuun 116 117' }).getAttribute('href')).toBe('tel:116117');
    expect(((await within(local).findByRole('combobox', { name: /Kotikuntasi/ })) as HTMLSelectElement).value).toBe('710');
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('sends an emergency-department result to 116 117 first, with no place to choose from (fi)', async () => {
    storeFlow({ answers: breathless, current: 'other-symptoms', stage: 'result' });
    await renderFlow('fi', fakeBff('fi', { urgency: 'emergency-department' }));
    const local = await screen.findByTestId('symptom-local-next-step');
    expect(await within(local).findByText(/Soita ensin Päivystysapuun 116 117/)).toBeTruthy();
    expect(within(local).getByRole('link', { name: 'Soita Päivystysapuun 116 117' }).getAttribute('href')).toBe('tel:116117');
  });

  it('reads the assessment’s id from the path', () => {
    expect(questionnaireIdOf('/sv/symptom-check/respiratory-infection', '/sv/symptom-check')).toBe('respiratory-infection');
    expect(questionnaireIdOf('/sv/symptom-check', '/sv/symptom-check')).toBe('');
    expect(questionnaireIdOf('/sv/symptom-checker/x', '/sv/symptom-check')).toBe('');
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
