import { defineTexts, localizedText, useTexts, type Texts } from '@luotsi/i18n';
import { Button, LanguageNote } from '@luotsi/ui';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, createTestI18n, describeViolations, fixtures, renderWithProviders } from '.';

const fi = defineTexts({ title: 'Perhekeskus', count_one: '{{count}} artikkeli', count_other: '{{count}} artikkelia' });
const sv: Texts<typeof fi> = { title: 'Familjecenter', count_one: '{{count}} artikel', count_other: '{{count}} artiklar' };
const en: Texts<typeof fi> = { title: 'Family centre', count_one: '{{count}} article', count_other: '{{count}} articles' };
const load = async (language: 'fi' | 'sv' | 'en') => ({ fi, sv, en })[language];

function Page({ count }: { count: number }) {
  const { t } = useTexts<typeof fi>('family-center');
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('count', { count })}</p>
      <Button>OK</Button>
    </main>
  );
}

function Broken() {
  const { t } = useTexts<typeof fi>('family-center');
  // A key that is not in the texts, as after a rename that missed a component.
  return <p>{t('renamed' as 'title')}</p>;
}

describe('renderWithProviders', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders with the real texts of the module and of the ui namespace', async () => {
    await renderWithProviders(<Page count={2} />, { language: 'sv', namespaces: { 'family-center': load } });
    expect(screen.getByRole('heading', { name: 'Familjecenter' })).toBeTruthy();
    expect(screen.getByText('2 artiklar')).toBeTruthy();
  });

  it('keeps the providers on rerender', async () => {
    const { rerender } = await renderWithProviders(<Page count={1} />, { namespaces: { 'family-center': load } });
    expect(screen.getByText('1 artikkeli')).toBeTruthy();
    rerender(<Page count={5} />);
    expect(screen.getByText('5 artikkelia')).toBeTruthy();
  });

  it('fails loudly on a missing key', async () => {
    // React logs the error it rethrows; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(renderWithProviders(<Broken />, { namespaces: { 'family-center': load } })).rejects.toThrow(
      'Missing text "family-center:renamed" in language "fi"',
    );
  });

  it('reuses an instance and switches its language', async () => {
    const i18n = await createTestI18n({ namespaces: { 'family-center': load } });
    await renderWithProviders(<Page count={1} />, { i18n, language: 'en' });
    expect(screen.getByText('1 article')).toBeTruthy();
  });
});

describe('axeViolations', () => {
  it('finds nothing in accessible markup', async () => {
    const { container } = await renderWithProviders(<Page count={1} />, { namespaces: { 'family-center': load } });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('reports what is wrong, readably', async () => {
    const { container } = await renderWithProviders(
      <main>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- the violation axe must find */}
        <img src="chart.png" />
        <input />
      </main>,
    );
    const violations = await axeViolations(container);
    expect(violations.map((v) => v.id).sort()).toEqual(['image-alt', 'label']);
    expect(describeViolations(violations)).toContain('image-alt (critical)');
  });
});

describe('fixtures', () => {
  it('give a Finnish-only value that falls back with a note', async () => {
    const content = localizedText(fixtures.localizedFinnishOnly, 'en');
    await renderWithProviders(<LanguageNote content={content} />, { language: 'en' });
    expect(screen.getByText('This content is only available in Finnish.')).toBeTruthy();
    expect(localizedText(fixtures.localizedAll, 'sv').text).toBe('Rådgivning');
    expect(fixtures.now.toISOString()).toBe('2025-03-07T10:00:00.000Z');
  });
});
