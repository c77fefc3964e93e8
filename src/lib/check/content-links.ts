/** Every link a readout's Markdown holds (links, images, link definitions, autolinks), checked against the content URL rule. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Problem } from '../readout/body.ts';
import { contentUrlProblem } from './url-schemes.ts';

export function linkProblems(tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const problem = contentUrlProblem(node.url);
    if (problem)
      problems.push({
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        message: `Link ${problem}`,
      });
  });
  return problems;
}
