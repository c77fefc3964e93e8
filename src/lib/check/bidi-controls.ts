/**
 * Bidi embedding, override and isolate controls reorder how text is displayed without changing
 * what it says to a machine: U+202E can make a published Arabic sentence, a name or a link read
 * differently from its characters. Bayan marks the direction of every language span itself
 * (lang and dir), so content needs none of them. The marks that only nudge neutral characters (LRM,
 * RLM, ALM) and the joiners (ZWJ, ZWNJ), which Arabic typography and published texts use, stay allowed.
 */
import { codePointOf } from '../language/code-points.ts';
import type { Problem } from '../readout/body.ts';

const BIDI_CONTROLS: ReadonlyMap<string, string> = new Map([
  ['\u202A', 'LEFT-TO-RIGHT EMBEDDING'],
  ['\u202B', 'RIGHT-TO-LEFT EMBEDDING'],
  ['\u202C', 'POP DIRECTIONAL FORMATTING'],
  ['\u202D', 'LEFT-TO-RIGHT OVERRIDE'],
  ['\u202E', 'RIGHT-TO-LEFT OVERRIDE'],
  ['\u2066', 'LEFT-TO-RIGHT ISOLATE'],
  ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
  ['\u2068', 'FIRST STRONG ISOLATE'],
  ['\u2069', 'POP DIRECTIONAL ISOLATE'],
]);
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

/** One problem per bidi control in a content file's text, at its line and column. */
export function bidiControlProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    for (const found of line.matchAll(BIDI_CONTROL)) {
      const char = found[0];
      problems.push({
        line: index + 1,
        column: found.index + 1,
        message: `Invisible bidi control ${codePointOf(char)} ${BIDI_CONTROLS.get(char)} would reorder how this text is displayed. Delete it: Bayan sets each language's direction itself. (LRM, RLM, ALM, ZWJ and ZWNJ are allowed.)`,
      });
    }
  });
  return problems;
}
