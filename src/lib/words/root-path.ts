/**
 * A root's page: `roots/ع-م-ق/`, the radicals joined by hyphens, so the address reads as the root does.
 * Browser-safe: the word cards link to it.
 */
export const rootSlug = (root: string) => root.split(' ').join('-');
export const rootPath = (root: string) => `roots/${rootSlug(root)}/`;
/** The roots index: `roots/`. */
export const ROOTS_PATH = 'roots/';
/** A readout's vocabulary page, and its downloads beside the readout's other files. */
export const vocabularyPath = (slug: string) => `readouts/${slug}/vocabulary/`;
