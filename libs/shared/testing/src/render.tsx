import { I18nProvider, type LuotsiI18n } from '@luotsi/i18n';
import { render, type queries, type RenderOptions, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { type ReactElement, type ReactNode } from 'react';
import { createTestI18n, type TestI18nOptions } from './i18n';

export interface RenderWithProvidersOptions extends TestI18nOptions, Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** Reuse an instance (e.g. created in beforeAll) instead of creating one per render. */
  i18n?: LuotsiI18n;
  /** Extra providers inside the i18n provider (router, GraphQL client mock …). */
  wrapper?: (props: { children: ReactNode }) => ReactElement;
}

export type RenderWithProvidersResult = RenderResult & { user: UserEvent; i18n: LuotsiI18n };

/**
 * Renders with the real i18n (texts loaded, missing keys throw) and returns Testing Library's
 * result plus a user-event instance. Async because texts load through the real loaders.
 *   const { user } = await renderWithProviders(<Page />, { language: 'sv', namespaces: { ns: load } });
 */
export async function renderWithProviders(
  ui: ReactElement,
  { language, namespaces, i18n, wrapper: Inner, ...options }: RenderWithProvidersOptions = {},
): Promise<RenderWithProvidersResult> {
  const instance = i18n ?? (await createTestI18n({ language, namespaces }));
  if (i18n && language && i18n.language !== language) await i18n.changeLanguage(language);
  // A wrapper, not JSX around ui, so rerender() keeps the providers and the component state.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider i18n={instance.instance}>{Inner ? <Inner>{children}</Inner> : children}</I18nProvider>
  );
  const user = userEvent.setup();
  return { ...render<typeof queries>(ui, { ...options, wrapper }), user, i18n: instance };
}
