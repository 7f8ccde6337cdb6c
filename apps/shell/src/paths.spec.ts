import { describe, expect, it } from 'vitest';
import { alternateLanguagePaths, joinPath, languageOfPath, switchLanguageInPath } from './paths';

describe('language in the URL', () => {
  it('reads the language from the first segment', () => {
    expect(languageOfPath('/sv/family-center')).toBe('sv');
    expect(languageOfPath('/staff/insights')).toBeNull();
  });
  it('keeps the current page and query when switching language', () => {
    expect(switchLanguageInPath('/fi/service-tray/services', '?q=neuvola', 'sv')).toBe('/sv/service-tray/services?q=neuvola');
  });
  it('lists the alternates for hreflang', () => {
    expect(alternateLanguagePaths('/en/symptom-check').map((a) => a.href)).toEqual([
      '/fi/symptom-check', '/sv/symptom-check', '/en/symptom-check',
    ]);
  });
  it('joins paths without doubled or trailing slashes', () => {
    expect(joinPath('/fi', 'family-center', '')).toBe('/fi/family-center');
    expect(joinPath('/staff', '')).toBe('/staff');
  });
});
