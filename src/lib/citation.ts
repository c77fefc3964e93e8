/** The citation line that "Copy paragraph" appends, in one place so every copy cites alike. */
import type { ReadoutData } from '../schemas/readout.ts';
import { formatDate } from './format.ts';

/** Placeholders the page script fills in: the paragraph number and its absolute link. */
export const CITE_N = '{n}';
export const CITE_URL = '{url}';

export function paragraphCitation(data: ReadoutData, n: number | string, url: string): string {
  return (
    `${data.title.en} (${data.title.ar}), ${formatDate(data.date)}, paragraph ${n}. ` +
    `${data.source.publisher.en}; English gloss by ${data.gloss.translator}, revised ${formatDate(data.gloss.revised)}. ${url}`
  );
}
