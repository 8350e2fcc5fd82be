/** What axe finds in `root`, one "rule: where" line for each node that breaks a rule: none is the goal. */
import axe from 'axe-core';

export async function axeViolations(root: Element | Document = document.body): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}
