import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, renderUi } from '../test-utils';
import { RequestError } from './RequestError';

afterEach(cleanup);

describe('RequestError', () => {
  it.each([
    ['fi', 'Liian monta yritystä lyhyessä ajassa. Odota hetki ja yritä sitten uudelleen.'],
    ['sv', 'För många försök på kort tid. Vänta en stund och försök sedan igen.'],
    ['en', 'Too many attempts in a short time. Please wait a moment and then try again.'],
  ] as const)('asks to try again later when rate limited, in %s', async (language, text) => {
    const { container } = await renderUi(<RequestError error={{ code: 'RATE_LIMITED' }} />, { language });
    expect(screen.getByRole('alert').textContent).toContain(text);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('reads an unknown code as an unexpected error with the request id to quote', async () => {
    await renderUi(<RequestError error={{ code: 'SOMETHING_NEW', requestId: 'req-1234' }} />, { language: 'en' });
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.getByRole('alert').textContent).toContain('Reference for customer service: req-1234');
  });
});
