/**
 * Test helpers of this library's own specs. @luotsi/testing offers the same to other projects,
 * but it depends on this library (for the 'ui' texts), so using it here would be a cycle.
 */
import { createI18n, I18nProvider, type Language, type LuotsiI18n } from '@luotsi/i18n';
import { render, type queries, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { type ReactElement, type ReactNode } from 'react';
import { loadUiTexts, uiNamespace } from './i18n';

const instances = new Map<Language, Promise<LuotsiI18n>>();

function testI18n(language: Language): Promise<LuotsiI18n> {
  let instance = instances.get(language);
  if (!instance) {
    instance = createI18n({ language, loaders: { [uiNamespace]: loadUiTexts }, namespaces: [uiNamespace], missingKey: 'throw' });
    instances.set(language, instance);
  }
  return instance;
}

export async function renderUi(
  ui: ReactElement,
  { language = 'fi' }: { language?: Language } = {},
): Promise<RenderResult & { user: UserEvent }> {
  const i18n = await testI18n(language);
  const user = userEvent.setup();
  // A wrapper (not JSX around ui) so that rerender() keeps the provider and the tree.
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider i18n={i18n.instance}>{children}</I18nProvider>;
  return { ...render<typeof queries>(ui, { wrapper }), user };
}

export async function axeViolations(container: Element): Promise<axe.Result[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // jsdom does no layout, so axe cannot compute colours; tokens.spec.ts checks contrast.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations;
}
