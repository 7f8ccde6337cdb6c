import type { Request, Response, Router } from 'express';
import type { BffRouteDeps } from '@luotsi/bff-core';
import { buildIcs } from '@luotsi/notify';
import { appointmentIcsEvent } from './notifications';

const icsFile = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.ics$/i;
const languages = ['fi', 'sv', 'en'] as const;
type Language = (typeof languages)[number];
const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (languages as readonly string[]).includes(value);

/**
 * HTTP routes under /api/appointments.
 *
 * GET /api/appointments/<id>.ics: the signed-in resident's own time as a calendar file, for the
 * "Add to calendar" link of their page. The session decides whose times can be downloaded: any
 * other id (someone else's, unknown, free) is a 404, so the answer tells nothing about it. The
 * event is the one the confirmation e-mail carries (same UID, same wording), in the language of
 * ?lang= (or ?language=) or else the person's own.
 */
export function appointmentsRoutes(router: Router, deps: BffRouteDeps): void {
  router.get('/:file', async (req: Request, res: Response, next) => {
    const match = icsFile.exec(String(req.params['file'] ?? ''));
    if (!match) return next();
    res.setHeader('Cache-Control', 'no-store');
    const personId = deps.viewerOf(req).resident?.personId;
    if (!personId) return void res.status(401).json({ error: 'unauthenticated' });
    const prisma = deps.prisma();
    const entry = await prisma.calendarEntry.findFirst({
      where: { id: match[1]!.toLowerCase(), clientId: personId },
      select: { id: true, startsAt: true, endsAt: true, typeCode: true, bookedAt: true, updatedAt: true, client: { select: { language: true } } },
    });
    if (!entry) return void res.status(404).json({ error: 'not-found' });
    // ?lang= (or ?language=, as the privacy module's downloads take it) from the page's link.
    const asked = req.query['lang'] ?? req.query['language'];
    const language: Language = isLanguage(asked) ? asked : isLanguage(entry.client?.language) ? entry.client.language : 'fi';
    // The last change as the stamp: the same file until the time changes.
    const ics = buildIcs(appointmentIcsEvent(entry, language, entry.updatedAt));
    // The file name says what it is, not whose or which service: it may be seen in a downloads list.
    res.setHeader('Content-Disposition', `attachment; filename="appointment-${entry.startsAt.toISOString().slice(0, 10)}.ics"`);
    res.type('text/calendar; charset=utf-8').send(ics);
  });
}
