import type { BffRouteDeps } from '@luotsi/bff-core';
import type { Router } from 'express';

/** HTTP routes under /api/appointments. (Being built, issue 9: a resident's .ics download.) */
export function appointmentsRoutes(_router: Router, _deps: BffRouteDeps): void {}
