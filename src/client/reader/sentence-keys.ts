/**
 * Keys: from a column's paragraph number (already a tab stop), ↓ enters its sentences; ↑ ↓ (and
 * ← → in reading order), Home and End move sentence by sentence. No sentence is a tab stop.
 */
import { SEGMENT, segmentOf } from './sentence-dom.ts';
import { relight, untap } from './sentence-light.ts';

const columnOf = (element: Element) => [
  ...(element.closest('.pair-col')?.querySelectorAll<HTMLElement>(SEGMENT) ?? []),
];

export function onKeyDown(event: KeyboardEvent) {
  const from = event.target as HTMLElement;
  const onNumber = from.matches?.('.pair-num');
  const segment = onNumber ? null : segmentOf(from);
  if ((!onNumber && (!segment || from !== segment)) || event.altKey || event.ctrlKey || event.metaKey) return;
  const column = columnOf(from);
  const at = segment ? column.indexOf(segment) : -1;
  const rtl = getComputedStyle(column[0] ?? from).direction === 'rtl';
  const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
  let next: number | undefined;
  if (event.key in step && (segment || step[event.key] === 1)) next = at + step[event.key]!;
  else if (segment && event.key === 'Home') next = 0;
  else if (segment && event.key === 'End') next = column.length - 1;
  else if (event.key === 'Escape') untap();
  const target = next === undefined ? undefined : column[Math.max(0, Math.min(column.length - 1, next))];
  if (!target) return relight();
  event.preventDefault();
  target.tabIndex = -1; // focusable by script, never a tab stop
  target.focus();
}
