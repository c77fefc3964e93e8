/**
 * The pipeline's own defence against links from content (the content check is the first, and says
 * where): a link whose scheme content may not use (`javascript:`, `data:`, `vbscript:` …) loses it,
 * so the rendered page holds no such URL even when the check was skipped. A link becomes its text; any
 * other element keeps itself without the attribute.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isSafeHref } from '../check/url-schemes.ts';

/** The hast names of the attributes whose value a browser loads or follows as a URL. */
const URL_PROPERTIES = [
  'href',
  'src',
  'cite',
  'action',
  'formAction',
  'poster',
  'data',
  'xLinkHref',
  'background',
  'longDesc',
  'manifest',
  'ping',
  'srcSet',
];

export default function rehypeSafeUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (value === undefined || value === null) continue;
        const urls = Array.isArray(value) ? value.map(String) : [String(value)];
        if (urls.every((url) => isSafeHref(name === 'srcSet' ? (url.trim().split(/\s+/)[0] ?? '') : url))) continue;
        delete node.properties[name];
        if (node.tagName === 'a' && name === 'href' && parent && index !== undefined) {
          parent.children.splice(index, 1, ...node.children);
          return [SKIP, index];
        }
      }
      return undefined;
    });
  };
}
