import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../module';
import { axeViolations, describeViolations, fakeGraphql, pageProps, renderWithProviders } from '@luotsi/testing';
import { GuidanceView } from './GuidancePage';

afterEach(cleanup);

/** Types by pasting: one event instead of one per character (the tests stay quick on a busy machine). */
async function fill(user: { click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> }, element: Element, text: string) {
  await user.click(element);
  await user.paste(text);
}


const sv = (text: string) => ({ text, language: 'sv', isFallback: false });
const serviceId = '11111111-2222-4333-8444-555555555555';
const active = {
  guidanceByToken: {
    status: 'ACTIVE',
    expiresAt: '2027-02-21T08:00:00.000Z',
    language: 'sv',
    note: 'Ring gärna först.',
    items: [
      {
        serviceId,
        note: 'Tidsbokning per telefon.',
        service: {
          id: serviceId,
          name: sv('Familjerådgivning'),
          summary: sv('Stöd för familjer.'),
          organization: { id: 'o1', name: sv('Exempels välfärdsområde') },
          channels: [
            {
              id: 'c1', type: 'location', name: sv('Familjerådgivningen i Esbo'),
              phones: [{ number: '+358 9 816 21', label: sv('Tidsbokning') }],
              address: { street: sv('Storgatan'), streetNumber: '1', postalCode: '02100', postOffice: sv('Esbo') },
              mapUrl: 'https://www.openstreetmap.org/?mlat=60.2&mlon=24.7', webPages: [], emails: ['info@example.fi'],
            },
          ],
        },
      },
      { serviceId: '66666666-7777-4888-9999-aaaaaaaaaaaa', note: '', service: null },
    ],
  },
};

async function renderView(answers: Parameters<typeof fakeGraphql>[0], token = 'T'.repeat(43)) {
  const fake = fakeGraphql(answers);
  const rendered = await renderWithProviders(<GuidanceView {...pageProps('service-tray', 'sv', 'resident')} token={token} />, {
    language: 'sv',
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper: fake.wrapper('sv'),
  });
  return { fake, ...rendered };
}

describe('the resident’s recommendation set', { timeout: 30_000 }, () => {
  it('shows the services with their contacts and the professional’s notes, in Swedish', async () => {
    await renderView({ ServiceTrayGuidance: active });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tjänster som rekommenderas för dig' })).toBeTruthy();
    expect(screen.getByText('Länken fungerar till och med 21.2.2027.')).toBeTruthy();
    expect(screen.getByText('Ring gärna först.').getAttribute('lang')).toBe('sv');
    const service = screen.getByRole('article', { name: 'Familjerådgivning' });
    expect(within(service).getByText('Tidsbokning per telefon.')).toBeTruthy();
    expect(within(service).getByRole('link', { name: '+358 9 816 21' }).getAttribute('href')).toBe('tel:+358981621');
    expect(within(service).getByRole('link', { name: 'Visa på kartan: Familjerådgivningen i Esbo' })).toBeTruthy();
    expect(screen.getByText(/finns inte längre på servicebrickan/)).toBeTruthy();
  });

  it('sends feedback on a service, and says to remove personal data first', async () => {
    const { fake, user } = await renderView({ ServiceTrayGuidance: active, ServiceTraySendFeedback: { sendServiceFeedback: true } });
    const form = await screen.findByRole('form', { name: 'Ge respons: Familjerådgivning' });
    await fill(user, within(form).getByRole('textbox', { name: /Respons/ }), 'Ring mig 040 123 4567');
    await user.click(within(form).getByRole('button', { name: 'Skicka respons' }));
    expect(within(form).getByText('Ta bort personbeteckningen och telefonnumret ur responsen. Vi behöver inte dina personuppgifter.')).toBeTruthy();
    expect(fake.requests.some((r) => r.operationName === 'ServiceTraySendFeedback')).toBe(false);
    await user.clear(within(form).getByRole('textbox', { name: /Respons/ }));
    await fill(user, within(form).getByRole('textbox', { name: /Respons/ }), 'Öppettiderna är fel.');
    await user.click(within(form).getByRole('button', { name: 'Skicka respons' }));
    expect(await screen.findByText('Tack för din respons! Servicebrickans kurator behandlar den.')).toBeTruthy();
    expect(fake.requests.find((r) => r.operationName === 'ServiceTraySendFeedback')?.variables).toEqual({
      input: { serviceId, kind: 'WRONG_INFORMATION', text: 'Öppettiderna är fel.' },
    });
  });

  it('says when the link has expired and what to do, without the set', async () => {
    await renderView({ ServiceTrayGuidance: { guidanceByToken: { status: 'EXPIRED', expiresAt: '2026-10-01T08:00:00.000Z', language: 'sv', note: null, items: [] } } });
    expect(await screen.findByText('Länken har gått ut')).toBeTruthy();
    expect(screen.getByText(/Länken gällde till och med 1\.10\.2026\. Om du behöver rekommendationerna igen/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('says when the link is unknown', async () => {
    await renderView({ ServiceTrayGuidance: { guidanceByToken: null } });
    expect(await screen.findByText('Länken hittades inte')).toBeTruthy();
  });

  it('has no accessibility violations', async () => {
    const { container } = await renderView({ ServiceTrayGuidance: active });
    await screen.findByRole('article', { name: 'Familjerådgivning' });
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
