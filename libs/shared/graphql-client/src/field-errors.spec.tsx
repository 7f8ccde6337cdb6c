import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fieldErrorAt, fieldErrorsUnder } from '@luotsi/validation';
import { GraphqlClient, GraphqlProvider, useMutation, type TypedDocument } from './index';

const save = 'mutation Save($input: ContactInput!) { save(input: $input) }' as unknown as TypedDocument<
  { save: boolean },
  { input: { email: string } }
>;

const badInput = {
  errors: [{
    message: 'The input is not valid: see extensions.fields.',
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'email'], code: 'too-long', maximum: 40 }, { path: ['input', 'x'], code: 'not-a-code' }],
    },
  }],
};

function respond(body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
}

describe('field errors of a mutation', () => {
  it('come with the BAD_USER_INPUT error; unknown codes are dropped', async () => {
    const client = new GraphqlClient({ language: () => 'fi', fetch: respond(badInput) });
    const error = await client.request(save, { input: { email: 'x' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'email'], code: 'too-long', maximum: 40 }] });
  });

  it('are not read from other errors', async () => {
    const client = new GraphqlClient({
      language: () => 'fi',
      fetch: respond({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', fields: badInput.errors[0]?.extensions.fields } }] }),
    });
    await expect(client.request(save, { input: { email: 'x' } })).rejects.toMatchObject({ code: 'FORBIDDEN', fields: [] });
  });

  it('reach the form through useMutation, and clear on the next run', async () => {
    const fetch = vi.fn()
      .mockImplementationOnce(respond(badInput))
      .mockImplementationOnce(respond({ data: { save: true } }));
    const client = new GraphqlClient({ language: () => 'fi', fetch });
    function Form() {
      const [run, state] = useMutation(save);
      const email = fieldErrorAt(fieldErrorsUnder(state.fieldErrors, ['input']), ['email']);
      return (
        <>
          <button type="button" onClick={() => void run({ input: { email: 'x' } }).catch(() => undefined)}>save</button>
          <p>{state.running ? 'saving' : email ? `email: ${email.code}` : state.data ? 'saved' : 'idle'}</p>
        </>
      );
    }
    render(<GraphqlProvider client={client}><Form /></GraphqlProvider>);
    await userEvent.click(screen.getByRole('button'));
    expect(await screen.findByText('email: too-long')).toBeTruthy();
    await userEvent.click(screen.getByRole('button'));
    expect(await screen.findByText('saved')).toBeTruthy();
  });
});
