import axe from 'axe-core';

/** WCAG 2.1 A and AA: the level the county must meet (Act on the Provision of Digital Services). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * axe-core's violations for a rendered container, to be expected empty:
 *   expect(await axeViolations(container)).toEqual([]);
 * colour-contrast is off because jsdom does no layout; @luotsi/ui tests contrast on its tokens,
 * and the e2e tests run axe with it on in a real browser.
 */
export async function axeViolations(container: Element, options: { disableRules?: readonly string[] } = {}): Promise<axe.Result[]> {
  const rules: axe.RuleObject = { 'color-contrast': { enabled: false } };
  for (const rule of options.disableRules ?? []) rules[rule] = { enabled: false };
  const results = await axe.run(container, { runOnly: { type: 'tag', values: [...wcagTags] }, rules });
  return results.violations;
}

/** One line per failing node, for readable assertion messages. */
export function describeViolations(violations: readonly axe.Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${node.target.join(' ')}`))
    .join('\n');
}
