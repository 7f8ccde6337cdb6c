import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * jsdom cannot compute colours, so axe's colour-contrast rule is off in component tests; this
 * checks every foreground/background pair the CSS uses, from the token values themselves.
 */
const css = readFileSync(join(import.meta.dirname, 'tokens.css'), 'utf8');
const tokens = new Map([...css.matchAll(/--lx-color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1] ?? '', (m[2] ?? '').toLowerCase()]));

function color(name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`No colour token --lx-color-${name}`);
  return value;
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

// [foreground, background, minimum]: 4.5 for text (1.4.3), 3 for UI parts and focus (1.4.11).
const pairs: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['text-muted', 'bg', 4.5],
  ['text-muted', 'surface', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['link-visited', 'bg', 4.5],
  ['on-brand', 'brand', 4.5],
  ['on-brand', 'brand-strong', 4.5],
  ['brand', 'bg', 4.5],
  ['brand', 'surface', 4.5],
  ['on-brand', 'danger', 4.5],
  ['on-brand', 'danger-strong', 4.5],
  ['text', 'info-bg', 4.5],
  ['info', 'info-bg', 4.5],
  ['text', 'success-bg', 4.5],
  ['success', 'success-bg', 4.5],
  ['text', 'warning-bg', 4.5],
  ['warning', 'warning-bg', 4.5],
  ['text', 'error-bg', 4.5],
  ['error', 'error-bg', 4.5],
  ['error', 'bg', 4.5],
  ['border', 'bg', 3],
  ['border', 'surface', 3],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['focus-halo', 'brand', 3],
  ['focus-halo', 'danger', 3],
  ['focus-halo', 'focus', 3],
];

describe('colour tokens', () => {
  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(pairs)('%s on %s reaches %s:1', (foreground, background, minimum) => {
    expect(contrast(color(foreground), color(background))).toBeGreaterThanOrEqual(minimum);
  });
});
