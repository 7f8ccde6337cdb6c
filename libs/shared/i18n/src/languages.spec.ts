import { describe, expect, it } from 'vitest';
import { defaultLanguage, isLanguage, languages } from './languages';

describe('languages', () => {
  it('are Finnish, Swedish and English, Finnish first', () => {
    expect(languages).toEqual(['fi', 'sv', 'en']);
    expect(defaultLanguage).toBe('fi');
  });

  it('recognises only those', () => {
    expect(isLanguage('sv')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage('FI')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
