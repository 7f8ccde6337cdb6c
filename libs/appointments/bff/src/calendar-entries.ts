import type { builder as Builder, JobDefinition } from '@luotsi/bff-core';

/** Professionals' own calendars: entries, recurring series, colleagues' free/busy. (Being built, issue 9.) */
export function registerCalendarSchema(_builder: typeof Builder): void {}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job has its own data
export const calendarJobs: readonly JobDefinition<any>[] = [];
