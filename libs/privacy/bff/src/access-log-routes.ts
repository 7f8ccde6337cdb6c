import express, { type Request, type Response, type Router } from 'express';
import { createAccessLog, type BffRouteDeps } from '@luotsi/bff-core';
import { accessLogAdminRoles, accessLogCsv, helsinkiDate, informationRequestPurpose } from './access-log-rules';

/** The header every state-changing call of the frontends carries (as /graphql requires). */
const csrfHeader = 'x-luotsi-csrf';

/** An information request covers at most this many entries in one file. */
export const accessLogExportLimit = 100_000;

/**
 * POST /api/privacy/access-log/export, JSON body { clientId } or { personalIdentityCode }, and
 * format 'csv' (default) or 'json': every access-log entry of one client, for an information
 * request. Administrators only. A POST, so that no identity code or person id is in a URL (URLs
 * end up in logs and browser history), and the export is itself logged (action 'export') before
 * anything is sent: if that fails, nothing is.
 */
export function registerAccessLogRoutes(router: Router, deps: BffRouteDeps & { now?: () => Date }): void {
  const now = deps.now ?? (() => new Date());
  router.post('/access-log/export', express.json({ limit: '4kb' }), async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!req.header(csrfHeader)) return void res.status(403).json({ error: 'csrf' });
    const staff = deps.viewerOf(req).staff;
    if (!staff?.staffId) return void res.status(401).json({ error: 'unauthenticated' });
    if (!accessLogAdminRoles.some((role) => staff.roles.includes(role))) return void res.status(403).json({ error: 'forbidden' });

    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    const format = body['format'] === 'json' ? 'json' : body['format'] === undefined || body['format'] === 'csv' ? 'csv' : null;
    const clientId = typeof body['clientId'] === 'string' ? body['clientId'] : undefined;
    const code = typeof body['personalIdentityCode'] === 'string' ? body['personalIdentityCode'].trim().toUpperCase() : undefined;
    if (!format || (!clientId && !code) || (clientId && !/^[0-9a-f-]{36}$/i.test(clientId)))
      return void res.status(400).json({ error: 'bad-request' });

    const prisma = deps.prisma();
    const person = await prisma.person.findUnique({ where: clientId ? { id: clientId } : { personalIdentityCode: code } });
    if (!person) return void res.status(404).json({ error: 'not-found' });

    const requestId = String(res.locals['requestId'] ?? '');
    const log = createAccessLog({ prisma, staff, requestId, now });
    const rows = await prisma.$transaction(async (tx) => {
      const entries = await tx.accessLogEntry.findMany({
        where: { clientPersonId: person.id },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
        take: accessLogExportLimit,
      });
      await log.record(tx, {
        action: 'export', clientPersonId: person.id, objectType: 'AccessLog', objectId: person.id,
        purpose: informationRequestPurpose, role: 'admin',
      });
      return entries;
    });
    const units = new Map(
      (await prisma.unit.findMany({ where: { id: { in: [...new Set(rows.flatMap((r) => (r.actorUnitId ? [r.actorUnitId] : [])))] } } })).map((u) => [u.id, u.code]),
    );
    const entries = rows.map((r) => ({
      occurredAt: r.occurredAt, actorName: r.actorName, actorRole: r.actorRole, actorUnit: r.actorUnitId ? (units.get(r.actorUnitId) ?? r.actorUnitId) : '',
      action: r.action, objectType: r.objectType, objectId: r.objectId, purpose: r.purpose, requestId: r.requestId,
    }));
    // The file name says what it is, not whose: it may be seen in a downloads list.
    res.setHeader('Content-Disposition', `attachment; filename="access-log-${helsinkiDate(now())}.${format}"`);
    if (format === 'csv') return void res.type('text/csv; charset=utf-8').send(accessLogCsv(entries));
    res.type('application/json').send(
      JSON.stringify({ client: { id: person.id, name: `${person.firstName} ${person.lastName}` }, generatedAt: now().toISOString(), entries }, null, 2),
    );
  });
}
