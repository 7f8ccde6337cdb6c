import { describe, expect, it } from 'vitest';
import { agreementPdfFileName, frozenDocumentIntact, sha256Hex, signatureBlock, signatureTime } from './signing';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('frozen documents', () => {
  it('hash bytes as the SHA-256 everyone can recompute', async () => {
    expect(await sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are intact only while the bytes still have the stored hash', async () => {
    const pdf = bytes('%PDF-1.7 sopimus');
    const stored = await sha256Hex(pdf);
    expect(await frozenDocumentIntact(pdf, stored)).toBe(true);
    const changed = pdf.slice();
    changed[changed.length - 1] = 0x53;
    expect(await frozenDocumentIntact(changed, stored)).toBe(false);
    expect(await frozenDocumentIntact(null, stored)).toBe(false);
    expect(await frozenDocumentIntact(pdf, null)).toBe(false);
    expect(await frozenDocumentIntact(pdf, stored.toUpperCase())).toBe(false);
  });
});

describe('signature block', () => {
  it('says who signed, how and when in Helsinki time, in the agreement’s language', () => {
    const signedAt = new Date('2026-11-23T12:05:00Z');
    expect(signatureBlock({ language: 'fi', carerSignature: { name: 'Olli Omaishoitaja', signedAt } })).toEqual([
      'Palkkionsaajan allekirjoitus',
      'Olli Omaishoitaja',
      'Allekirjoitettu sähköisesti vahvan tunnistautumisen jälkeen',
      '23.11.2026 14.05 (Helsingin aikaa)',
    ]);
    expect(signatureTime(new Date('2026-07-01T21:30:00Z'), 'sv')).toBe('2.7.2026 00.30 (Helsingforstid)');
  });

  it('names the download by version and Helsinki date, not by person', () => {
    expect(agreementPdfFileName(2, new Date('2026-11-23T22:30:00Z'))).toBe('agreement-v2-2026-11-24.pdf');
  });
});
