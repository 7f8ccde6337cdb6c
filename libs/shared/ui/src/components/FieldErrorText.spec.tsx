import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldErrorAt, fieldErrorCodes, type FieldError } from '@luotsi/validation';
import { axeViolations, renderUi } from '../test-utils';
import { FieldErrorText, useFieldErrorMessage } from './FieldErrorText';
import { TextField } from './TextField';

function AllMessages({ errors }: { errors: FieldError[] }) {
  const message = useFieldErrorMessage();
  return <ul>{errors.map((e, i) => <li key={i}>{message(e)}</li>)}</ul>;
}

const everyCode: FieldError[] = fieldErrorCodes.map((code) => ({ path: ['x'], code }));

describe('field error messages', () => {
  it.each(['fi', 'sv', 'en'] as const)('has a distinct message for every code in %s', async (language) => {
    await renderUi(<AllMessages errors={everyCode} />, { language });
    const texts = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(texts).toHaveLength(fieldErrorCodes.length);
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text.trim()).not.toBe('');
  });

  it('names the limit that was crossed', async () => {
    await renderUi(
      <AllMessages errors={[
        { path: ['a'], code: 'too-long', maximum: 200 },
        { path: ['b'], code: 'out-of-range', minimum: 0 },
        { path: ['c'], code: 'too-few', minimum: 2 },
      ]} />,
      { language: 'sv' },
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Skriv högst 200 tecken.', 'Ange minst 0.', 'Välj minst 2.']);
  });

  it('shows the BFF’s error next to the field it is about, in the reader’s language', async () => {
    const fromServer: FieldError[] = [{ path: ['input', 'email'], code: 'invalid-format' }];
    function Form() {
      const message = useFieldErrorMessage();
      return (
        <form>
          <TextField label="E-post" error={message(fieldErrorAt(fromServer, 'input.email'))} />
          <TextField label="Namn" error={message(fieldErrorAt(fromServer, 'input.name'))} />
        </form>
      );
    }
    const { container } = await renderUi(<Form />, { language: 'sv' });
    const email = screen.getByRole('textbox', { name: 'E-post', description: 'Fel: Uppgiften har fel format.' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Namn' }).hasAttribute('aria-invalid')).toBe(false);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders nothing for no error', async () => {
    const { container } = await renderUi(<p><FieldErrorText error={undefined} /></p>);
    expect(container.textContent).toBe('');
    await renderUi(<FieldErrorText error={{ path: [], code: 'required' }} />, { language: 'en' });
    expect(screen.getByText('Please fill in this field.')).toBeTruthy();
  });
});
