import { canAccess, moduleVisibleTo, type Language, type ModuleArea, type Viewer } from '@luotsi/shell-contract';
import { joinPath } from '../paths';
import type { Registry } from '../registry';
import type { NavItem } from './Layout';

/**
 * Navigation built from the modules' metadata. Residents also see entries that need sign-in (the
 * page then offers it); professionals see only what their roles allow.
 */
export function buildNavigation(
  registry: Registry,
  area: ModuleArea,
  language: Language,
  root: string,
  viewer: Viewer,
  currentPath: string,
): NavItem[] {
  const items: NavItem[] = [];
  for (const module of registry.modules) {
    const metadata = module.metadata;
    const definition = metadata?.areas[area];
    if (!metadata || !definition) continue;
    if (area === 'staff' && !moduleVisibleTo(metadata, viewer)) continue;
    for (const entry of definition.nav) {
      const visible =
        canAccess(entry.access, viewer, area === 'staff' ? metadata.requiredRoles : undefined) ||
        (area === 'resident' && !viewer.signedIn && (entry.access?.kind ?? 'signed-in') === 'signed-in' && !(entry.access as { roles?: string[] } | undefined)?.roles?.length);
      if (!visible) continue;
      const href = joinPath(root, definition.basePath, entry.path);
      items.push({
        href,
        label: metadata.navLabels[language][entry.labelKey] ?? entry.labelKey,
        current: currentPath === href || currentPath.startsWith(`${href}/`),
      });
    }
  }
  return items;
}
