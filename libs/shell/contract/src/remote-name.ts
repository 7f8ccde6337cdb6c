// No imports: build configuration (tools/vite) loads this file directly.

/** The Module Federation container name of a module id ('family-center' → 'luotsi_family_center'). */
export function remoteName(moduleId: string): string {
  return `luotsi_${moduleId.replace(/-/g, '_')}`;
}
