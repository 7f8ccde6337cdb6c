import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: what the Act on the Provision of Digital Services requires. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface PageViolations {
  /** Where: the path and, when known, what the page is. */
  where: string;
  violations: Result[];
}

/**
 * Runs axe in the page. Legacy mode runs axe in the page's own frame instead of opening a blank
 * page per analysis to merge frame results: about half the time, and the portal has no
 * cross-origin frames that would need the other mode.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  return results.violations;
}

function successCriteria(tags: readonly string[]): string {
  const criteria = tags.filter((t) => /^wcag\d{3,}$/.test(t)).map((t) => t.replace(/^wcag(\d)(\d)(\d+)$/, '$1.$2.$3'));
  return criteria.length ? ` (WCAG ${criteria.join(', ')})` : '';
}

/** One readable block per page: rule, impact, criterion, help link, and each failing element. */
export function formatViolations(pages: readonly PageViolations[]): string {
  return pages
    .filter((p) => p.violations.length > 0)
    .map((p) =>
      [
        `${p.where}:`,
        ...p.violations.flatMap((v) => [
          `  ✖ ${v.id} [${v.impact ?? 'n/a'}] ${v.help}${successCriteria(v.tags)}`,
          `    ${v.helpUrl}`,
          ...v.nodes.map((node) => {
            const summary = (node.failureSummary ?? '').split('\n').map((l) => l.trim()).filter(Boolean).slice(1, 3).join(' ');
            return `    - ${node.target.map(String).join(' >>> ')}  ${node.html.slice(0, 160)}${summary ? `\n      ${summary}` : ''}`;
          }),
        ]),
      ].join('\n'),
    )
    .join('\n\n');
}

/** Collects the violations of many pages and fails once, listing all of them. */
export class AxeReport {
  readonly pages: PageViolations[] = [];

  async check(page: Page, where: string): Promise<Result[]> {
    const violations = await axeViolations(page);
    this.pages.push({ where, violations });
    return violations;
  }

  get checked(): number {
    return this.pages.length;
  }

  assertClean(): void {
    const failing = this.pages.filter((p) => p.violations.length > 0);
    if (failing.length === 0) return;
    const count = failing.reduce((n, p) => n + p.violations.length, 0);
    throw new Error(
      `${count} WCAG 2.1 AA violation(s) on ${failing.length} of ${this.pages.length} page(s):\n\n${formatViolations(failing)}`,
    );
  }
}

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const report = new AxeReport();
  await report.check(page, where);
  report.assertClean();
}
