/** A character as the Unicode charts name its code point (`U+0627`), for messages about invisible or lookalike characters. */
export const codePointOf = (char: string): string =>
  `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
