import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

const origin = 'https://luotsi.example.fi';

describe('safeReturnTo', () => {
  it.each([
    ['/fi/', '/fi/'],
    ['/fi/omat-asiat?tab=2#viestit', '/fi/omat-asiat?tab=2#viestit'],
    ['/staff/tray/../requests', '/staff/requests'],
    ['/sv/tjänster', '/sv/tj%C3%A4nster'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeReturnTo(input, origin)).toBe(expected);
  });

  it.each([
    '//evil.example', '///evil.example', '/\\evil.example', '\\\\evil.example', '/.//evil.example', '/%2e//evil.example',
    'https://evil.example', 'https://luotsi.example.fi/fi/', 'javascript:alert(1)', 'fi/', '', ' /fi/',
    '/\t/evil.example', '/\n/evil.example', '/fi/\u0000', 42, undefined, ['/fi/'], `/${'a'.repeat(3000)}`,
  ])('refuses %j', (input) => {
    expect(safeReturnTo(input, origin)).toBeNull();
  });
});
