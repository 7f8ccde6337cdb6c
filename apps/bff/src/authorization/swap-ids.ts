/**
 * "Persona A cannot read or change persona B's objects by any id the UI ever showed them",
 * generically: collect every object id each persona's queries return, then call every root field
 * that takes an id as every other persona with those ids, and look for the objects in the answers.
 */
import type { ExecutionResult } from 'graphql';
import { argsWithId, objectIds, sampleArgs, stringsIn, type RootField } from './operations';
import type { Samples } from './samples';

export type Run = (persona: string, root: RootField, args: Record<string, unknown>) => Promise<ExecutionResult>;

export interface View {
  /** Each query's result, by field key. */
  results: Record<string, ExecutionResult>;
  /** Objects with an id of types that are someone's data (not reference data). */
  personal: { type: string; id: string }[];
  /** Every string the persona was shown. */
  shown: Set<string>;
}

/** What each persona sees through every query (with the sample arguments). */
export async function collectViews(
  personas: readonly string[], queries: readonly RootField[], run: Run, samples: Samples, referenceTypes: readonly string[],
): Promise<Record<string, View>> {
  const views: Record<string, View> = {};
  for (const persona of personas) {
    const view: View = { results: {}, personal: [], shown: new Set() };
    for (const root of queries) {
      const result = await run(persona, root, sampleArgs(root, samples));
      view.results[root.key] = result;
      for (const object of objectIds(result.data))
        if (!referenceTypes.includes(object.type) && !view.personal.some((o) => o.id === object.id)) view.personal.push(object);
      for (const value of stringsIn(result.data)) view.shown.add(value);
    }
    views[persona] = view;
  }
  return views;
}

export interface SwapOptions {
  /** The personas who own data; attackers are these and `alsoAttacking` (e.g. anonymous). */
  personas: readonly string[];
  alsoAttacking?: readonly string[];
  /** Only these attackers (default: `personas` and `alsoAttacking`), so a test can take one at a time. */
  attackers?: readonly string[];
  views: Record<string, View>;
  /** Root fields to attack with; those without an id argument are ignored. */
  fields: readonly RootField[];
  run: Run;
  samples: Samples;
  /** Field key → personas that may reach others' objects through it. */
  exempt?: Readonly<Record<string, { roles: readonly string[] }>>;
  /** Ids tried per owner and object type (more change nothing but the running time). */
  perType?: number;
}

/** Every case where an attacker got back an object of someone else that their own views never showed. */
export async function swapIds(options: SwapOptions): Promise<string[]> {
  const { personas, views, run, samples, perType = 2 } = options;
  const leaks: string[] = [];
  const owners = new Map<string, string>();
  for (const persona of personas) for (const { type, id } of views[persona]?.personal ?? []) if (!owners.has(id)) owners.set(id, `${persona}'s ${type}`);

  for (const attacker of options.attackers ?? [...personas, ...(options.alsoAttacking ?? [])]) {
    const shown = views[attacker]?.shown ?? new Set<string>();
    // Others' objects the attacker was never shown: finding one in an answer is a leak.
    const foreign = new Set([...owners.keys()].filter((id) => !shown.has(id)));
    const tried: string[] = [];
    for (const owner of personas) {
      if (owner === attacker) continue;
      const byType = new Map<string, string[]>();
      for (const { type, id } of views[owner]?.personal ?? []) {
        if (!foreign.has(id)) continue;
        const ids = byType.get(type) ?? [];
        if (ids.length < perType && !ids.includes(id)) byType.set(type, [...ids, id]);
      }
      for (const ids of byType.values()) tried.push(...ids);
    }
    for (const root of options.fields) {
      if (options.exempt?.[root.key]?.roles.includes(attacker)) continue;
      for (const id of tried) {
        for (const args of argsWithId(root, samples, id)) {
          const result = await run(attacker, root, args);
          for (const value of stringsIn(result.data))
            if (foreign.has(value)) leaks.push(`${attacker} got ${owners.get(value)} ${value} from ${root.key}(${JSON.stringify(args)})`);
        }
      }
    }
  }
  return leaks;
}
