/**
 * State that must be one per page even when several copies of this library are loaded: a Module
 * Federation remote may bundle its own copy of @luotsi/ui, and module-level variables or a
 * createContext() would then differ between the shell and the remote. Symbol.for() keys on
 * globalThis are the same for every copy. Created lazily, so importing the library has no effect.
 */
export function sharedState<T>(name: string, create: () => T): T {
  const key = Symbol.for(`luotsi.ui.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  let value = holder[key];
  if (value === undefined) {
    value = create();
    holder[key] = value;
  }
  return value;
}
