import type { Language } from '@luotsi/shell-contract';

/** What the shell knows of the signed-in users: just enough for navigation and the header. */
export interface SessionSummary {
  displayName: string;
  roles: string[];
  language?: Language;
}

export interface Sessions {
  resident: SessionSummary | null;
  staff: SessionSummary | null;
}

export const noSessions: Sessions = { resident: null, staff: null };

export async function fetchSessions(fetchImpl: typeof fetch = fetch): Promise<Sessions> {
  try {
    const response = await fetchImpl('/auth/session', { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return noSessions;
    const body = (await response.json()) as Partial<Sessions>;
    return { resident: body.resident ?? null, staff: body.staff ?? null };
  } catch {
    return noSessions;
  }
}

/**
 * Whether a session the page started with has ended on the server (timeout, sign-out in another
 * tab). Only then is reloading useful: a visitor who was never signed in, or a signed-in resident
 * on a page asking for something they may not have, would otherwise reload forever.
 */
export async function sessionEnded(before: Sessions, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  if (!before.resident && !before.staff) return false;
  const now = await fetchSessions(fetchImpl);
  return (before.resident !== null && now.resident === null) || (before.staff !== null && now.staff === null);
}

export function signInUrl(area: 'resident' | 'staff', returnTo: string, language: Language): string {
  return `/auth/${area}/login?returnTo=${encodeURIComponent(returnTo)}&lang=${language}`;
}
