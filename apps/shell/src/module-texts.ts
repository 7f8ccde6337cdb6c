import { mergeTexts, type TextsLoader } from '@luotsi/i18n/lazy-texts';
import type { ModuleManifest } from '@luotsi/shell-contract';

const loaders = new WeakMap<ModuleManifest, { parts: string[]; loader: TextsLoader }>();

/**
 * The loader of a module's texts for the parts this browser tab has needed: the areas it showed
 * the module in and the parts of the pages it opened. A resident reads only the resident texts; a
 * professional who then opens the module's resident pages keeps both. The same parts give the
 * same function, so the i18n store reads a namespace again only when a part is added.
 */
export function moduleTextsLoader(manifest: ModuleManifest, part: string): TextsLoader {
  const known = loaders.get(manifest);
  if (known?.parts.includes(part)) return known.loader;
  const parts = [...(known?.parts ?? []), part];
  const loader: TextsLoader = async (language) => {
    const texts = await Promise.all(parts.map((p) => manifest.i18n.load(language, p)));
    return mergeTexts(...texts);
  };
  loaders.set(manifest, { parts, loader });
  return loader;
}

const loadedParts = new WeakMap<ModuleManifest, Set<string>>();

/** Whether a part's texts are in the i18n store already (so its page renders without a wait). */
export function textsPartLoaded(manifest: ModuleManifest, part: string): boolean {
  return loadedParts.get(manifest)?.has(part) ?? false;
}

export function markTextsPartLoaded(manifest: ModuleManifest, part: string): void {
  const parts = loadedParts.get(manifest) ?? new Set<string>();
  parts.add(part);
  loadedParts.set(manifest, parts);
}
