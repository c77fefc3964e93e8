/** What the reading page's term scripts call a mark, and the term it leads to. */
import { termIdOf } from '../../lib/site/term-id.ts';

export const MARK = 'a.term';
export const termOf = (mark: Element) => termIdOf((mark as HTMLAnchorElement).pathname) ?? '';
