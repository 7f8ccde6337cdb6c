import { useEffect, useState } from 'react';
import { useQuery } from '@luotsi/graphql-client';
import { graphql } from '../gql';

export type ResidentSession = 'unknown' | 'signed-in' | 'signed-out';

/**
 * Whether a resident is signed in, from the shell's session endpoint. Asked before any query that
 * needs a sign-in: the shell reloads the page on an UNAUTHENTICATED answer (a session that ended),
 * so asking `me` while signed out would reload the page again and again.
 */
export function useResidentSession(): ResidentSession {
  const [session, setSession] = useState<ResidentSession>('unknown');
  useEffect(() => {
    let cancelled = false;
    fetch('/auth/session', { headers: { accept: 'application/json' }, cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ resident?: unknown }>) : {}))
      .then((body) => !cancelled && setSession(body && 'resident' in body && body.resident ? 'signed-in' : 'signed-out'))
      .catch(() => !cancelled && setSession('signed-out'));
    return () => {
      cancelled = true;
    };
  }, []);
  return session;
}

const MeQuery = graphql(`
  query FamilyCenterMe {
    me { id municipality { code } }
  }
`);

/** Rendered only when signed in: tells the page the resident's municipality from the register. */
export function MyMunicipality({ onKnown }: { onKnown: (code: string) => void }) {
  const me = useQuery(MeQuery);
  const code = me.status === 'success' ? me.data.me.municipality.code : null;
  useEffect(() => {
    if (code) onKnown(code);
  }, [code, onKnown]);
  return null;
}
