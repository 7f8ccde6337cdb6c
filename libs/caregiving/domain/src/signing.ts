/**
 * E-signing of a care agreement version. When the carer signs, the version is frozen: its exact
 * text is rendered into a PDF whose SHA-256 is stored with who signed and when. The coordinator's
 * countersignature is given to that same frozen document: it is refused when the stored bytes no
 * longer have the stored hash.
 */
import { helsinkiDate } from '@luotsi/calendar';
import type { AgreementLanguage } from './agreement-templates';

/** Lower-case hex SHA-256 of `bytes` (Web Crypto: the same in Node and in the browser). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const sha256Pattern = /^[0-9a-f]{64}$/;

/** Whether `bytes` are still the document whose hash was stored at signing. */
export async function frozenDocumentIntact(bytes: Uint8Array | null, storedSha256: string | null): Promise<boolean> {
  if (!bytes || !storedSha256 || !sha256Pattern.test(storedSha256)) return false;
  return (await sha256Hex(bytes)) === storedSha256;
}

export interface AgreementSignature {
  name: string;
  /** An instant. */
  signedAt: Date;
}

/** What the frozen PDF shows: the agreement text as signed and the carer's signature. */
export interface FrozenAgreementDocument {
  language: AgreementLanguage;
  title: string;
  /** "Version 2", with the agreement's reference. */
  reference: string;
  text: string;
  carerSignature: AgreementSignature;
}

const labels: Record<AgreementLanguage, { version: string; signedBy: string; method: string; at: string }> = {
  fi: {
    version: 'Versio',
    signedBy: 'Palkkionsaajan allekirjoitus',
    method: 'Allekirjoitettu sähköisesti vahvan tunnistautumisen jälkeen',
    at: 'Helsingin aikaa',
  },
  sv: {
    version: 'Version',
    signedBy: 'Arvodestagarens underskrift',
    method: 'Undertecknat elektroniskt efter stark autentisering',
    at: 'Helsingforstid',
  },
  en: {
    version: 'Version',
    signedBy: 'Signature of the fee recipient',
    method: 'Signed electronically after strong electronic identification',
    at: 'Helsinki time',
  },
};

/** The time of a signature as printed: 23.11.2026 14.05 (Helsinki time). */
export function signatureTime(at: Date, language: AgreementLanguage): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${Number(part('day'))}.${Number(part('month'))}.${part('year')} ${part('hour')}.${part('minute')} (${labels[language].at})`;
}

/** The lines under the text: who signed, how and when. Part of the frozen document. */
export function signatureBlock(document: Pick<FrozenAgreementDocument, 'language' | 'carerSignature'>): string[] {
  const l = labels[document.language];
  return [l.signedBy, document.carerSignature.name, l.method, signatureTime(document.carerSignature.signedAt, document.language)];
}

export function versionLabel(version: number, language: AgreementLanguage): string {
  return `${labels[language].version} ${version}`;
}

/** A safe download name: what the file is, not whose it is (it may be seen in a downloads list). */
export function agreementPdfFileName(version: number, signedAt: Date): string {
  return `agreement-v${version}-${helsinkiDate(signedAt)}.pdf`;
}
