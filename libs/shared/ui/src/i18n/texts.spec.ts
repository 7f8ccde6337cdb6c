import { describe, expect, it } from 'vitest';
import { loadUiTexts } from '.';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

describe('ui texts', () => {
  it('loads each language on its own', async () => {
    await expect(loadUiTexts('fi')).resolves.toBe(fi);
    await expect(loadUiTexts('sv')).resolves.toBe(sv);
    await expect(loadUiTexts('en')).resolves.toBe(en);
  });

  it('keeps the same plural keys in every language', () => {
    for (const texts of [fi, sv, en]) {
      expect(Object.keys(texts.errorSummary)).toEqual(['title_one', 'title_other']);
    }
  });
});
