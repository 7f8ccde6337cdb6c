import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';
import { isValidPersonalIdentityCode } from '@luotsi/identity-domain';

/**
 * Client guidance (asiakasohjaus / klienthandledning): a professional builds a recommendation set
 * (palvelusuositus) of services for a client and hands it over as a link, a text message, an
 * e-mail or a print. These are its rules; the BFF and the pages are thin over them.
 */

export const guidanceLanguages = ['fi', 'sv', 'en'] as const;
export type GuidanceLanguage = (typeof guidanceLanguages)[number];

export const handoverChannels = ['link', 'sms', 'email', 'print'] as const;
export type HandoverChannel = (typeof handoverChannels)[number];

/** How long a handed-over link opens: long enough for a client to come back to it. */
export const guidanceLinkValidDays = 90;
/** The most services one set holds: a set is a short list to act on, not a catalogue. */
export const guidanceSetMaxItems = 20;
export const guidanceNoteMaxLength = 1000;
export const guidanceItemNoteMaxLength = 500;

const uuid = z
  .string()
  .trim()
  .min(1)
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  .transform((value) => value.toLowerCase());

const personalIdentityCode = z.string().trim().toUpperCase().min(1).refine(isValidPersonalIdentityCode, fieldRule('invalid-format'));

/** A key made by the browser, once per click or per started set: the same key again is a retry. */
export const clientKeySchema = z.string().trim().min(8).max(100).regex(/^[A-Za-z0-9_-]+$/);

/**
 * saveGuidanceSet's input: `setId` of a saved set to change it; for a new set, the `draftKey` the
 * professional's browser made when the set was started, so that saving twice (a double click, a
 * retry) makes one set. Without a personal identity code the client stays unidentified: nothing
 * about them is stored.
 */
export const guidanceSetSchema = z
  .object({
    setId: uuid.nullish(),
    draftKey: clientKeySchema,
    personalIdentityCode: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), personalIdentityCode.nullish()),
    language: z.enum(guidanceLanguages),
    note: plainText({ max: guidanceNoteMaxLength, min: 0, multiline: true }),
    items: z
      .array(z.object({ serviceId: uuid, note: plainText({ max: guidanceItemNoteMaxLength, min: 0, multiline: true }) }))
      .min(1)
      .max(guidanceSetMaxItems),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.items.forEach((item, index) => {
      if (seen.has(item.serviceId))
        ctx.addIssue({ code: 'custom', path: ['items', index, 'serviceId'], message: 'The service is in the set already.', params: fieldRule('invalid').params });
      seen.add(item.serviceId);
    });
  });
export type GuidanceSetInput = z.infer<typeof guidanceSetSchema>;

/** handOverGuidanceSet's input; the key is made by the browser per click. */
export const handoverSchema = z.object({
  setId: uuid,
  channel: z.enum(handoverChannels),
  idempotencyKey: clientKeySchema,
});
export type HandoverInput = z.infer<typeof handoverSchema>;

export const linkTokenSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{43}$/);

/** 256 random bits as base64url (43 characters): the link cannot be guessed. */
export function newLinkToken(random: (bytes: Uint8Array) => Uint8Array = (bytes) => globalThis.crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** When a link handed over at `handedOverAt` stops opening. */
export function linkExpiresAt(handedOverAt: Date, days = guidanceLinkValidDays): Date {
  return new Date(handedOverAt.getTime() + days * 24 * 60 * 60 * 1000);
}

export function isLinkExpired(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}

/** The resident's page of a handed-over set, in the client's language: no sign-in needed. */
export function guidanceLinkPath(language: GuidanceLanguage, token: string): string {
  return `/${language}/service-tray/guidance/${token}`;
}

/** Why a set cannot be handed over through a channel, or null when it can. */
export type HandoverProblem = 'EMPTY_SET' | 'CLIENT_NOT_IDENTIFIED' | 'NO_PHONE' | 'NO_EMAIL';

export function handoverProblem(
  channel: HandoverChannel,
  set: { itemCount: number; client: { phone: string | null; email: string | null } | null },
): HandoverProblem | null {
  if (set.itemCount === 0) return 'EMPTY_SET';
  if (channel === 'sms' || channel === 'email') {
    // Messages go through the outbox to the person's own contact details, never to an address
    // typed in on the spot: an unidentified client gets the link or the print.
    if (!set.client) return 'CLIENT_NOT_IDENTIFIED';
    if (channel === 'sms' && !set.client.phone) return 'NO_PHONE';
    if (channel === 'email' && !set.client.email) return 'NO_EMAIL';
  }
  return null;
}
