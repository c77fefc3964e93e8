/**
 * Paragraph link fragments: `#p-12` is paragraph 12; `#p-4-6` is the range 4 to 6
 * (a reversed range such as `#p-6-4` means the same).
 */
export interface ParagraphRange {
  from: number;
  to: number;
}

const HASH = /^#p-([1-9]\d*)(?:-([1-9]\d*))?$/;

export function parseParagraphHash(hash: string): ParagraphRange | null {
  const match = HASH.exec(hash);
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] ? Number(match[2]) : a;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}
