import { createContext, useContext } from 'react';
import type { Language, ModuleArea } from '@luotsi/shell-contract';
import type { LuotsiI18n } from '@luotsi/i18n';
import type { Registry } from './registry';
import type { Sessions } from './session';
import type { fi } from './i18n/fi';
import { useTexts } from '@luotsi/i18n';

export interface ShellState {
  registry: Registry;
  /** Set when /modules.json could not be read: the shell still works, without modules. */
  registryError: boolean;
  sessions: Sessions;
  i18n: LuotsiI18n;
}

export const ShellContext = createContext<ShellState | null>(null);

export function useShell(): ShellState {
  const state = useContext(ShellContext);
  if (!state) throw new Error('useShell outside the shell');
  return state;
}

export interface AreaState {
  area: ModuleArea;
  language: Language;
  /** Root of the area's URLs: '/fi', '/sv', '/en' or '/staff'. */
  root: string;
}

export const AreaContext = createContext<AreaState>({ area: 'resident', language: 'fi', root: '/fi' });
export const useArea = () => useContext(AreaContext);

export const useShellTexts = () => useTexts<typeof fi>('shell');
