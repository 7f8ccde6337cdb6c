import { describe, expect, it } from 'vitest';
import { localizedText } from './localized-text';

describe('localizedText', () => {
  it("uses the reader's language when it exists", () => {
    expect(localizedText({ fi: 'Neuvola', sv: 'Rådgivning' }, 'sv')).toEqual({
      text: 'Rådgivning',
      language: 'sv',
      isFallback: false,
    });
  });

  it('falls back to Finnish, then Swedish, then English', () => {
    expect(localizedText({ fi: 'Neuvola', sv: 'Rådgivning' }, 'en')).toEqual({
      text: 'Neuvola',
      language: 'fi',
      isFallback: true,
    });
    expect(localizedText({ fi: ' ', sv: 'Rådgivning', en: 'Clinic' }, 'fi')).toEqual({
      text: 'Rådgivning',
      language: 'sv',
      isFallback: true,
    });
    expect(localizedText({ fi: '', sv: null, en: 'Clinic' }, 'sv')).toEqual({
      text: 'Clinic',
      language: 'en',
      isFallback: true,
    });
  });

  it('treats blank and null translations as missing', () => {
    expect(localizedText({ fi: 'Neuvola', sv: '  ', en: null }, 'sv').language).toBe('fi');
  });
});
