/**
 * Optional realistic arguments per mutation, for the fuzz run to start from: it replaces one
 * value at a time with a hostile one, which reaches validation and the write path more often
 * than fully random input does. A mutation without an entry is still fuzzed from its types.
 * Add an entry when a mutation needs ids or combinations that random values never hit.
 */
export const validInputs: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  setMyLanguage: [{ language: 'sv' }, { language: 'en' }],
};
