import { mergeTexts, type TextsLoader } from '@luotsi/i18n/lazy-texts';
import type { ModuleArea, ModuleManifest } from '@luotsi/shell-contract';

const loaders = new WeakMap<ModuleManifest, { areas: ModuleArea[]; loader: TextsLoader }>();

/**
 * The loader of a module's texts for the areas this page has shown the module in. A resident
 * reads only the resident texts; a professional who then opens the module's resident pages keeps
 * both. The same areas give the same function, so the i18n store reads a namespace again only
 * when an area is added.
 */
export function moduleTextsLoader(manifest: ModuleManifest, area: ModuleArea): TextsLoader {
  const known = loaders.get(manifest);
  if (known?.areas.includes(area)) return known.loader;
  const areas = [...(known?.areas ?? []), area];
  const loader: TextsLoader = async (language) => {
    const parts = await Promise.all(areas.map((a) => manifest.i18n.load(language, a)));
    return mergeTexts(...parts);
  };
  loaders.set(manifest, { areas, loader });
  return loader;
}
