import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';
import { isValidPersonalIdentityCode } from '@luotsi/identity-domain';

/** The longest reason an advisor may write when booking a first contact. */
export const bookingReasonMaxLength = 500;

/** Database ids are uuids; anything else cannot name a time. */
const id = z.string().trim().min(1).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** The languages a client can be told things in. */
export const clientLanguages = ['fi', 'sv', 'en'] as const;
export type ClientLanguage = (typeof clientLanguages)[number];

/** Longest first or last name accepted (the population register allows about a hundred). */
export const clientNameMaxLength = 100;

const personalIdentityCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1)
  .refine(isValidPersonalIdentityCode, fieldRule('invalid-format'));

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A phone number as people say it: digits with spaces, dashes or brackets, optionally +country. */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s\-()]/g, '');
  if (!/^\+?\d{6,15}$/.test(compact)) return null;
  // A Finnish number written the local way (040 …) and the international way (+358 40 …) are the same.
  return compact.startsWith('0') && !compact.startsWith('00') ? `+358${compact.slice(1)}` : compact.replace(/^00/, '+');
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An optional text from a form: blank is the same as not given (null). */
const optionalContact = (max: number, valid: (value: string) => boolean) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => value === '' || valid(value), fieldRule('invalid-format'))
    .transform((value) => (value === '' ? null : value))
    .nullish();

/**
 * A client known by name and contact details (no personal identity code, or none given on the
 * call): found among known persons by exact name, birth date and a matching phone or e-mail, or
 * else added as a person without a code. At least one of phone and e-mail, so that the
 * confirmation reaches them.
 */
export const bookingContactSchema = z
  .object({
    firstName: plainText({ max: clientNameMaxLength }),
    lastName: plainText({ max: clientNameMaxLength }),
    birthDate: z
      .string()
      .trim()
      .min(1)
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(isCalendarDate, fieldRule('invalid-format'))
      // Not in the future, and a plausible age: a typo in the year is caught on the call.
      .refine((value) => value >= '1900-01-01' && value <= new Date().toISOString().slice(0, 10), fieldRule('out-of-range')),
    municipalityCode: z.string().trim().min(1).regex(/^\d{3}$/),
    phone: optionalContact(40, (value) => normalizePhone(value) !== null),
    email: optionalContact(254, (value) => emailPattern.test(value)),
    language: z.enum(clientLanguages),
  })
  .superRefine((contact, ctx) => {
    if (!contact.phone && !contact.email)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Phone or e-mail is needed.', params: fieldRule('required').params });
  });
export type BookingContact = z.infer<typeof bookingContactSchema>;

/**
 * Who the time is for: either `personalIdentityCode` or `contact` (name and contact details),
 * exactly one of them.
 */
export const bookingClientSchema = z
  .object({
    personalIdentityCode: personalIdentityCode.nullish(),
    contact: bookingContactSchema.nullish(),
  })
  .superRefine((client, ctx) => {
    const hasCode = client.personalIdentityCode !== null && client.personalIdentityCode !== undefined;
    const hasContact = client.contact !== null && client.contact !== undefined;
    if (!hasCode && !hasContact)
      ctx.addIssue({ code: 'custom', path: ['personalIdentityCode'], message: 'Give a code or the contact details.', params: fieldRule('required').params });
    if (hasCode && hasContact) ctx.addIssue({ code: 'custom', path: [], message: 'Give a code or the contact details, not both.', params: fieldRule('invalid').params });
  });
export type BookingClient = z.infer<typeof bookingClientSchema>;

/**
 * bookFirstContact's input, as the advisor's booking form holds it: checked by the form and again
 * by the BFF (docs/guides/adding-a-module.md, "Input validation").
 */
export const firstContactBookingSchema = z.object({
  slotId: id,
  client: bookingClientSchema,
  reason: plainText({ max: bookingReasonMaxLength, multiline: true }),
});
export type FirstContactBooking = z.infer<typeof firstContactBookingSchema>;

export const appointmentIdSchema = id;

/** What a calendar entry needs to say about itself for the booking rules. */
export interface SlotState {
  bookable: boolean;
  clientId: string | null;
  typeCode: string;
  startsAt: Date;
  /** Whether the entry's unit provides a service first contacts are booked into. */
  inTargetService: boolean;
}

export const firstContactTypeCode = 'first-contact';

/**
 * Why a time cannot be booked, or null when it is free: `SLOT_TAKEN` (someone has it; the advisor
 * is offered the next free times), `SLOT_UNAVAILABLE` (not a bookable first contact, or already
 * begun).
 */
export type SlotProblem = 'SLOT_TAKEN' | 'SLOT_UNAVAILABLE';

export function slotProblem(slot: SlotState, now: Date): SlotProblem | null {
  if (!slot.bookable || slot.typeCode !== firstContactTypeCode || !slot.inTargetService) return 'SLOT_UNAVAILABLE';
  if (slot.clientId !== null) return 'SLOT_TAKEN';
  if (slot.startsAt.getTime() <= now.getTime()) return 'SLOT_UNAVAILABLE';
  return null;
}

/**
 * Whether the resident may cancel a time of theirs in the portal: one that was booked into a
 * bookable time (it becomes free again) and has not begun. Times a professional arranged
 * directly (a home visit) are cancelled by talking to the professional.
 */
export function mayCancelAppointment(entry: { bookable: boolean; startsAt: Date }, now: Date): boolean {
  return entry.bookable && entry.startsAt.getTime() > now.getTime();
}

/**
 * Whether residents may move a first-contact time of a service themselves, by the unit type that
 * provides the service. COUNTY DATA TO CONFIRM: family counselling and youth services said a
 * resident choosing another free time is fine; home help and disability services want to talk
 * the change over (the first contact plans a home visit or an assessment), so there the resident
 * cancels or calls.
 */
export const residentMayMoveInService: Readonly<Record<string, boolean>> = {
  'family-counselling': true,
  'youth-services': true,
  'home-help': false,
  'disability-services': false,
};

/** What a booked time needs to say about itself for the moving rule. */
export interface MovableState {
  bookable: boolean;
  typeCode: string;
  startsAt: Date;
  /** The type of the unit the time is in (its service). */
  unitType: string;
}

/**
 * Whether the resident may move a time of theirs to another free time in the portal: a first
 * contact booked into a bookable time, not yet begun, in a service that allows it.
 */
export function mayMoveAppointment(entry: MovableState, now: Date): boolean {
  return (
    entry.typeCode === firstContactTypeCode &&
    mayCancelAppointment(entry, now) &&
    residentMayMoveInService[entry.unitType] === true
  );
}

/**
 * Why a booked time cannot be moved to another: `NOT_MOVABLE` (the resident's time may not be
 * moved here), `SLOT_TAKEN` (the new time has a client), `SLOT_UNAVAILABLE` (not a free first
 * contact of the same service, or begun). Null when the move may go ahead.
 */
export type MoveProblem = 'NOT_MOVABLE' | SlotProblem;

export function moveProblem(from: MovableState & { id: string }, to: SlotState & { id: string; unitType: string }, now: Date): MoveProblem | null {
  if (!mayMoveAppointment(from, now)) return 'NOT_MOVABLE';
  if (to.id === from.id || to.unitType !== from.unitType) return 'SLOT_UNAVAILABLE';
  return slotProblem(to, now);
}
