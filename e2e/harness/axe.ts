import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const failingImpacts = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page and throws when it finds serious or
 * critical violations, listing each rule with the elements it failed on.
 */
export async function expectAxeClean(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const failures = results.violations.filter((v) => failingImpacts.has(v.impact ?? ''));
  if (failures.length === 0) return;
  const lines = failures.map((violation) => {
    const targets = violation.nodes.slice(0, 5).map((node) => `      ${node.target.join(' ')}`);
    const more = violation.nodes.length > 5 ? [`      … and ${violation.nodes.length - 5} more`] : [];
    return [`  [${violation.impact}] ${violation.id}: ${violation.help}`, ...targets, ...more].join('\n');
  });
  throw new Error(`Accessibility violations on ${label}:\n${lines.join('\n')}`);
}
