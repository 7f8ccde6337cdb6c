import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createI18n, defineTexts, I18nProvider, useTexts } from './index';

const fi = defineTexts({ greeting: 'Hei {{name}}', items_one: '{{count}} palvelu', items_other: '{{count}} palvelua' });

function Greeting() {
  const { t, language } = useTexts<typeof fi>('demo');
  return <p lang={language}>{t('greeting', { name: 'Tessa' })}, {t('items', { count: 3 })}</p>;
}

describe('useTexts', () => {
  it('renders the texts of the current language and follows a language switch', async () => {
    const i18n = await createI18n({
      language: 'fi',
      loaders: { demo: async (l) => (l === 'fi' ? fi : { greeting: 'Hej {{name}}', items_one: '{{count}} tjänst', items_other: '{{count}} tjänster' }) },
      namespaces: ['demo'],
      missingKey: 'throw',
    });
    render(<I18nProvider i18n={i18n.instance}><Greeting /></I18nProvider>);
    expect(screen.getByText('Hei Tessa, 3 palvelua').getAttribute('lang')).toBe('fi');
    await act(() => i18n.changeLanguage('sv'));
    expect(screen.getByText('Hej Tessa, 3 tjänster').getAttribute('lang')).toBe('sv');
  });

  it('re-renders when a namespace arrives later', async () => {
    const i18n = await createI18n({ language: 'fi', missingKey: 'report' });
    render(<I18nProvider i18n={i18n.instance}><Greeting /></I18nProvider>);
    expect(screen.getByText(/demo:greeting/)).toBeTruthy();
    await act(() => i18n.addNamespace('demo', async () => fi));
    expect(screen.getByText('Hei Tessa, 3 palvelua')).toBeTruthy();
  });

  it('explains a missing provider', () => {
    expect(() => render(<Greeting />)).toThrow('useTexts needs an I18nProvider');
  });
});
