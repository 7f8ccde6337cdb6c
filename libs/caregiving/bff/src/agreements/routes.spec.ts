import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { createServer, type Server } from 'node:http';
import { demoId, type Database } from '@luotsi/db';
import { openTestDatabase, viewerOf, type AuthenticatedUser } from '@luotsi/bff-core';
import { identityModule } from '@luotsi/identity-bff';
import { sha256Hex } from '@luotsi/caregiving-domain';
import { caregivingModule } from '../index';
import { agreementRoutes } from './routes';

const modules = [identityModule, caregivingModule];
let db: Database;
let server: Server;
let base = '';
// A stand-in for the session middleware: the test says who is signed in.
const sessions = new Map<string, { resident?: AuthenticatedUser; staff?: AuthenticatedUser }>();
let pirjoVersionId = '';

beforeAll(async () => {
  db = await openTestDatabase(modules);
  sessions.set('pirjo', { resident: await viewerOf(db.prisma, 'resident', 'carer-pirjo') });
  sessions.set('olli', { resident: await viewerOf(db.prisma, 'resident', 'carer-olli') });
  sessions.set('kaisa', { staff: await viewerOf(db.prisma, 'staff', 'staff-kaisa') });
  sessions.set('laura', { staff: await viewerOf(db.prisma, 'staff', 'demo-staff-laura') });
  pirjoVersionId = demoId('care-agreement-version', demoId('care-agreement', 'pirjo-sanni'));
  const app = express();
  app.use((_req, res, next) => {
    res.locals['requestId'] = 'pdf-request';
    next();
  });
  const router = express.Router();
  const viewer = (req: express.Request) => {
    const session = sessions.get(req.header('x-test-session') ?? '');
    return { resident: session?.resident ?? null, staff: session?.staff ?? null };
  };
  agreementRoutes(router, { prisma: () => db.prisma, viewerOf: viewer, modules });
  app.use('/api/caregiving', router);
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/caregiving/agreements`;
}, 180_000);
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await db?.close();
});

const download = (id: string, session: string, query = '') => fetch(`${base}/${id}.pdf${query}`, { headers: { 'x-test-session': session } });

describe('GET /api/caregiving/agreements/<version>.pdf', () => {
  it('gives the carer the frozen PDF of her own agreement, the very bytes of the stored hash', async () => {
    const response = await download(pirjoVersionId, 'pirjo');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="agreement-v1-2023-12-25.pdf"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const stored = await db.prisma.careAgreementVersion.findUniqueOrThrow({ where: { id: pirjoVersionId } });
    expect(await sha256Hex(bytes)).toBe(stored.pdfSha256);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('gives the coordinator of the unit the same file and writes the download to the access log', async () => {
    const response = await download(pirjoVersionId, 'kaisa', '?area=staff');
    expect(response.status).toBe(200);
    const stored = await db.prisma.careAgreementVersion.findUniqueOrThrow({ where: { id: pirjoVersionId } });
    expect(await sha256Hex(new Uint8Array(await response.arrayBuffer()))).toBe(stored.pdfSha256);
    const rows = await db.prisma.accessLogEntry.findMany({ where: { requestId: 'pdf-request', objectId: pirjoVersionId } });
    expect(rows.map((r) => [r.action, r.objectType, r.purpose, r.actorRole, r.clientPersonId])).toEqual([
      ['export', 'CareAgreementVersion', 'care-agreement', 'caregiver-coordinator', sessions.get('pirjo')!.resident!.personId],
    ]);
  });

  it('is a 404 for another carer and for a coordinator of another area, and asks anyone else to sign in', async () => {
    expect((await download(pirjoVersionId, 'olli')).status).toBe(404);
    expect((await download(pirjoVersionId, 'laura', '?area=staff')).status).toBe(404);
    expect((await download(pirjoVersionId, 'nobody')).status).toBe(401);
    expect((await download(pirjoVersionId, 'pirjo', '?area=staff')).status).toBe(401);
    // A draft has no document yet.
    expect((await download(demoId('care-agreement-version', demoId('care-agreement', 'olli-2027')), 'olli')).status).toBe(404);
  });
});
