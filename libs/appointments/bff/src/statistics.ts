import type { builder as Builder } from '@luotsi/bff-core';

/** Calendar statistics by entry type, service and month. (Being built, issue 9.) */
export function registerStatisticsSchema(_builder: typeof Builder): void {}
