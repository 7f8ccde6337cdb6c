import type { builder as Builder, NotificationType } from '@luotsi/bff-core';

/** Team leads move an absent professional's client entries to colleagues. (Being built, issue 9.) */
export function registerAbsenceSchema(_builder: typeof Builder): void {}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each notification has its own data
export const absenceNotifications: readonly NotificationType<any>[] = [];
