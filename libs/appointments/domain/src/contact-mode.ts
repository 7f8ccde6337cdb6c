/**
 * How a first contact happens (issue 9 item 2): services publish first-contact times by type —
 * the professional calls the resident, the resident comes to the unit, or they meet remotely —
 * so the advisor can tell the resident on the call, and the resident reads it in the confirmation.
 */
export const contactModes = ['phone', 'visit', 'remote'] as const;
export type ContactMode = (typeof contactModes)[number];

export function isContactMode(value: unknown): value is ContactMode {
  return typeof value === 'string' && (contactModes as readonly string[]).includes(value);
}

/** A stored value as a mode: rows from before modes existed (or anything unknown) have none. */
export function contactModeOf(value: string | null | undefined): ContactMode | null {
  return isContactMode(value) ? value : null;
}
