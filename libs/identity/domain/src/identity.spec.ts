import { describe, expect, it } from 'vitest';
import {
  ageOn, guardianMayActFor, isValidPersonalIdentityCode, makePersonalIdentityCode,
  parsePersonalIdentityCode, personas, personaDisplayName,
} from './index';

describe('personal identity code', () => {
  it('accepts a valid code and reads the birth date', () => {
    // 131052-308T is the example code of the Digital and Population Data Services Agency.
    expect(parsePersonalIdentityCode('131052-308T')).toEqual({ birthDate: '1952-10-13', isTestCode: false });
  });
  it('rejects a wrong check character and impossible dates', () => {
    expect(isValidPersonalIdentityCode('131052-308U')).toBe(false);
    expect(isValidPersonalIdentityCode('310252-308T')).toBe(false);
  });
  it('builds valid test codes for the 2000s', () => {
    const code = makePersonalIdentityCode('2016-05-02', 951);
    expect(code).toMatch(/^020516A951.$/);
    expect(parsePersonalIdentityCode(code)).toEqual({ birthDate: '2016-05-02', isTestCode: true });
  });
});

describe('guardianship', () => {
  it('counts age by calendar date', () => {
    expect(ageOn('2011-11-23', '2026-11-22')).toBe(14);
    expect(ageOn('2011-11-22', '2026-11-22')).toBe(15);
  });
  it('lets a guardian act until the child turns 15', () => {
    expect(guardianMayActFor('2011-11-23', '2026-11-22')).toBe(true);
    expect(guardianMayActFor('2011-11-22', '2026-11-22')).toBe(false);
  });
});

describe('personas', () => {
  it('has exactly the display names the product names', () => {
    // Pia and Tiina play the family-counselling professional and her team lead of issue 9.
    expect(personas.map(personaDisplayName)).toEqual([
      'Tessa Testilä', 'Ville Virtanen', 'Olli Omaishoitaja', 'Pirjo Perhehoitaja', 'Hanna Hoitaja',
      'Aino Neuvoja', 'Pia Perheneuvoja', 'Tiina Tiiminvetäjä', 'Kaisa Koordinaattori', 'Kalle Kuraattori', 'Mikko Manageri', 'Anna Admin',
    ]);
  });
  it('gives every resident persona a valid test identity code', () => {
    for (const p of personas) if (p.area === 'resident') expect(parsePersonalIdentityCode(p.personalIdentityCode)?.isTestCode).toBe(true);
  });
  it('makes Tessa the guardian of two children under 15', () => {
    const tessa = personas.find((p) => p.subject === 'resident-tessa');
    expect(tessa?.area === 'resident' && tessa.children.filter((c) => guardianMayActFor(c.birthDate, '2026-11-22'))).toHaveLength(2);
  });
});
