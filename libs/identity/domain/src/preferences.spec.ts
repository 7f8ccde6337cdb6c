import { describe, expect, it } from 'vitest';
import { validateInput } from '@luotsi/validation';
import { languagePreferenceSchema } from './preferences';

describe('languagePreferenceSchema', () => {
  it('accepts the portal’s three languages', () => {
    for (const language of ['fi', 'sv', 'en']) expect(validateInput(languagePreferenceSchema, { language }).ok).toBe(true);
  });

  it('gives the form the codes the BFF would send', () => {
    expect(validateInput(languagePreferenceSchema, { language: 'de' })).toEqual({ ok: false, errors: [{ path: ['language'], code: 'invalid-choice' }] });
    expect(validateInput(languagePreferenceSchema, {})).toEqual({ ok: false, errors: [{ path: ['language'], code: 'required' }] });
  });
});
