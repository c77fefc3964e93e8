/**
 * A readout's own word on its marks: `::term[نص]{id=…}` lines name a text that is (or, with
 * id=none, is not) a term, whatever the matcher finds.
 */
import { foldArabic } from '../language/arabic.ts';
import { NO_TERM, type TermOverride } from '../readout/body.ts';
import type { Match } from './matcher.ts';

/** `::term[نص]{id=…}` lines: the named text is marked as that term (or left unmarked), replacing automatic marks it overlaps. */
export function applyOverrides(auto: Match[], overrides: readonly TermOverride[], text: string): Match[] {
  if (overrides.length === 0) return auto;
  const folded = foldArabic(text);
  const forced: Match[] = [];
  for (const { text: target, id } of overrides) {
    const needle = foldArabic(target).text;
    for (let i = folded.text.indexOf(needle); i >= 0; i = folded.text.indexOf(needle, i + needle.length)) {
      forced.push({ id, start: folded.map[i]!, end: folded.map[i + needle.length]! });
    }
  }
  const overlaps = (a: Match, b: Match) => a.start < b.end && b.start < a.end;
  return [...auto.filter((m) => !forced.some((f) => overlaps(m, f))), ...forced.filter((f) => f.id !== NO_TERM)].sort(
    (a, b) => a.start - b.start,
  );
}
