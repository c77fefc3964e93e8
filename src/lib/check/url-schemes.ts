/**
 * Which links content may carry. A URL in a readout or a glossary entry reaches pages, exports and
 * everything that copies them (feeds, a reader's notes), where a `javascript:` or `data:` link would
 * run or smuggle code; a Content-Security-Policy protects only Bayan's own pages. So content links are
 * `https:` (every reference Bayan cites is served over it; `http:` can be rewritten in transit) or
 * `mailto:`, checked here for the content check, the schemas and the Markdown pipeline alike.
 */
export const CONTENT_URL_SCHEMES: readonly string[] = ['https:', 'mailto:'];

/** The scheme a browser would see, parsed as browsers parse (tabs and newlines inside are ignored). */
function schemeOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  return new URL(url).protocol;
}

/** Why `url` cannot be a content link (absolute, with an allowed scheme), or undefined when it can. */
export function contentUrlProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined) return `"${url}" is not a complete address. Write the full https:// address of the page.`;
  if (!CONTENT_URL_SCHEMES.includes(scheme)) {
    return `"${url}" uses the scheme "${scheme}", which content may not link to. Write an https:// address (or mailto: for an e-mail address).`;
  }
  return undefined;
}

/**
 * For the rendered page: a relative link (Bayan's own `#p-12`, `/terms/brics/`) or an absolute one
 * with an allowed scheme. Anything the browser would read as another scheme is unsafe.
 */
export function isSafeHref(url: string): boolean {
  // Resolved against a base of a scheme no content uses, a relative URL keeps it and an absolute one shows its own.
  if (!URL.canParse(url, 'bayan-relative:/')) return false;
  const scheme = new URL(url, 'bayan-relative:/').protocol;
  return scheme === 'bayan-relative:' || CONTENT_URL_SCHEMES.includes(scheme);
}
