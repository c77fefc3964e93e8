/**
 * Paths inside the site, under the configured base (astro.config.mjs `base`,
 * set by BAYAN_BASE), so the site also works deployed under a sub-path.
 */
const BASE = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** `readouts/x/` → `/readouts/x/` (or `/bayan/readouts/x/` under a base). */
export const sitePath = (path = '') => BASE + path.replace(/^\//, '');
export const readoutPath = (slug: string, rest = '') => sitePath(`readouts/${slug}/${rest}`);
