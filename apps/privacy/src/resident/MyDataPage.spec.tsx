import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { GraphqlClient, GraphqlProvider } from '@luotsi/graphql-client';
import type { Language } from '@luotsi/shell-contract';
import { axeViolations, describeViolations, renderWithProviders } from '@luotsi/testing';
import manifest from '../module';
import MyDataPage from './MyDataPage';
import { en, fi, sv } from '../texts.testing';

afterEach(() => cleanup());

const item = (key: string, text: string, present: boolean) => ({ key, present, label: { text, language: 'fi', isFallback: false } });
const stored = [item('identity.email', 'Sähköpostiosoite', true), item('identity.phone', 'Puhelinnumero', false)];
const cleared = [item('identity.email', 'Sähköpostiosoite', false), item('identity.phone', 'Puhelinnumero', false)];

type Answer = { data: unknown } | { errors: { message: string; extensions: { code: string } }[] };

/** A stand-in BFF: the optional data as `state` says, and the deletion as `onDelete` answers. */
function bff(initial: typeof stored, onDelete: () => Answer = () => ({ data: { deleteMyOptionalData: cleared } })) {
  let state = initial;
  const operations: string[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    operations.push(name);
    let body: Answer;
    if (name === 'PrivacyDeleteMyOptionalData') {
      body = onDelete();
      if ('data' in body) state = cleared;
    } else body = { data: { myOptionalData: state } };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  return { fetch, operations };
}

async function renderPage(language: Language, fetch: ReturnType<typeof bff>['fetch']) {
  const client = new GraphqlClient({ language: () => language, fetch });
  const wrapper = ({ children }: { children: ReactNode }) => <GraphqlProvider client={client}>{children}</GraphqlProvider>;
  return renderWithProviders(<MyDataPage language={language} area="resident" to={(p) => p} />, {
    language,
    namespaces: { [manifest.i18n.namespace]: manifest.i18n.load },
    wrapper,
  });
}

describe('My data', () => {
  it('offers the resident’s data as a readable page in their language and as JSON, with no person id in either link', async () => {
    await renderPage('sv', bff(stored).fetch);
    expect(screen.getByRole('heading', { level: 1, name: sv.myData.title })).toBeTruthy();
    const html = screen.getByRole('link', { name: sv.myData.download.html });
    const json = screen.getByRole('link', { name: sv.myData.download.json });
    expect(html.getAttribute('href')).toBe('/api/privacy/my-data.html?language=sv');
    expect(json.getAttribute('href')).toBe('/api/privacy/my-data.json');
    expect(html.hasAttribute('download')).toBe(true);
  });

  it('deletes the optional data only after confirmation, and says it is done', async () => {
    const user = userEvent.setup();
    const { fetch, operations } = bff(stored);
    await renderPage('fi', fetch);
    expect((await screen.findByText(/Sähköpostiosoite/)).closest('li')?.textContent).toBe(`Sähköpostiosoite: ${fi.myData.optional.stored}`);
    expect(screen.getByText(/Puhelinnumero/).closest('li')?.textContent).toBe(`Puhelinnumero: ${fi.myData.optional.notStored}`);

    // Cancelling sends nothing.
    await user.click(screen.getByRole('button', { name: fi.myData.optional.delete }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: fi.myData.confirm.cancel }));
    expect(operations).not.toContain('PrivacyDeleteMyOptionalData');

    await user.click(screen.getByRole('button', { name: fi.myData.optional.delete }));
    expect(within(screen.getByRole('dialog')).getByText(fi.myData.confirm.body)).toBeTruthy();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: fi.myData.confirm.delete }));

    expect((await screen.findByText(fi.myData.optional.deleted)).closest('[role="status"], [role="alert"], .lx-alert')).toBeTruthy();
    expect(operations.filter((o) => o === 'PrivacyDeleteMyOptionalData')).toHaveLength(1);
    // Reloaded: nothing left to delete.
    expect(await screen.findByText(fi.myData.optional.nothing)).toBeTruthy();
    expect(screen.queryByRole('button', { name: fi.myData.optional.delete })).toBeNull();
  });

  it('says in the reader’s language when the deletion fails, and that nothing changed', async () => {
    const user = userEvent.setup();
    await renderPage('en', bff(stored, () => ({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).fetch);
    await user.click(await screen.findByRole('button', { name: en.myData.optional.delete }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: en.myData.confirm.delete }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.myData.errors.general);
    expect(screen.queryByText(en.myData.optional.deleted)).toBeNull();
  });

  it('asks to sign in again when the session has ended', async () => {
    const user = userEvent.setup();
    await renderPage('sv', bff(stored, () => ({ errors: [{ message: 'Not signed in.', extensions: { code: 'UNAUTHENTICATED' } }] })).fetch);
    await user.click(await screen.findByRole('button', { name: sv.myData.optional.delete }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: sv.myData.confirm.delete }));
    expect((await screen.findByRole('alert')).textContent).toContain(sv.myData.errors.signIn);
  });

  it('explains which records cannot be deleted and why', async () => {
    await renderPage('fi', bff(cleared).fetch);
    expect(screen.getByRole('heading', { level: 2, name: fi.myData.required.title })).toBeTruthy();
    expect(screen.getByText(fi.myData.required.intro)).toBeTruthy();
    expect(screen.getByText(fi.myData.required.agreements)).toBeTruthy();
  });

  it('has no WCAG 2.1 A or AA violations that axe finds, with the confirmation open too', async () => {
    const user = userEvent.setup();
    const { container } = await renderPage('fi', bff(stored).fetch);
    await screen.findByRole('button', { name: fi.myData.optional.delete });
    let violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
    await user.click(screen.getByRole('button', { name: fi.myData.optional.delete }));
    violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
