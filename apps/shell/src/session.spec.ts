import { describe, expect, it, vi } from 'vitest';
import { sessionEnded, type SessionSummary, type Sessions } from './session';

const resident: SessionSummary = { displayName: 'Tessa Testilä', roles: ['resident'] };
const staff: SessionSummary = { displayName: 'Hanna Hoitaja', roles: ['nurse'] };

function answering(body: Partial<Sessions>) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
}

describe('sessionEnded: whether an UNAUTHENTICATED answer should reload the page', () => {
  it('does not reload for a visitor who was never signed in (a public page would loop)', async () => {
    const fetchImpl = answering({});
    expect(await sessionEnded({ resident: null, staff: null }, fetchImpl)).toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reloads when the resident session the page started with is gone', async () => {
    expect(await sessionEnded({ resident, staff: null }, answering({ resident: null }))).toBe(true);
  });

  it('reloads when the staff session is gone even if a resident session remains', async () => {
    expect(await sessionEnded({ resident, staff }, answering({ resident }))).toBe(true);
  });

  it('does not reload while the sessions are still there (the page asked for something else)', async () => {
    expect(await sessionEnded({ resident, staff: null }, answering({ resident }))).toBe(false);
  });
});
