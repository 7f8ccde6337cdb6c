import { z } from 'zod';
import { fieldRule, plainText } from '@luotsi/validation';
import { isValidPersonalIdentityCode } from '@luotsi/identity-domain';

/** The longest reason an advisor may write when booking a first contact. */
export const bookingReasonMaxLength = 500;

/** Database ids are uuids; anything else cannot name a time. */
const id = z.string().trim().min(1).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/**
 * A client identified by personal identity code. (Identifying by name and contact details, for
 * residents without a code or who do not want to give it, is the next step.)
 */
export const bookingClientSchema = z.object({
  personalIdentityCode: z
    .string()
    .trim()
    .toUpperCase()
    .min(1)
    .refine(isValidPersonalIdentityCode, fieldRule('invalid-format')),
});

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
