import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateInput } from './field-errors';
import { plainText } from './text';

const form = z.object({ name: plainText({ max: 20 }), message: plainText({ max: 200, min: 0, multiline: true }) });
const codeOf = (name: unknown, message: unknown = '') => {
  const outcome = validateInput(form, { name, message });
  return outcome.ok ? 'ok' : outcome.errors.map((e) => `${e.path.join('.')}:${e.code}`).join(' ');
};

describe('plainText', () => {
  it('accepts ordinary text in any script, trimmed', () => {
    expect(validateInput(form, { name: '  Åsa Öberg ', message: 'Hei!\nTerveisin' })).toEqual({ ok: true, value: { name: 'Åsa Öberg', message: 'Hei!\nTerveisin' } });
    expect(codeOf('مرحبا 👨‍👩‍👧')).toBe('ok');
  });

  it('refuses what the database cannot store or a reader should not get', () => {
    expect(codeOf('a\u0000b')).toBe('name:invalid-format');
    expect(codeOf('\u001b[31mred')).toBe('name:invalid-format');
    expect(codeOf('half \uD800 pair')).toBe('name:invalid-format');
    expect(codeOf('two\nlines')).toBe('name:invalid-format');
    expect(codeOf('ok', 'bell\u0007')).toBe('message:invalid-format');
  });

  it('says required, too-long and keeps optional text optional', () => {
    expect(codeOf('   ')).toBe('name:required');
    expect(codeOf('x'.repeat(21))).toBe('name:too-long');
    expect(codeOf('x', '')).toBe('ok');
  });
});
