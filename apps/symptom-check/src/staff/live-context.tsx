import { createContext, useContext } from 'react';
import { sseSource, type LiveSource } from './live';

/** Where the queue's live events come from: the BFF's SSE stream; tests give their own. */
export const LiveSourceContext = createContext<LiveSource>(sseSource);

export function useLiveSource(): LiveSource {
  return useContext(LiveSourceContext);
}
