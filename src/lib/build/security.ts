/** The Content-Security-Policy directives besides script-src and style-src (which astro.config.mjs sets). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Everything from this origin only; no plugins; forms and <base> stay on the site. */
export const SECURITY_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The CSP hash of a script inlined with `<script is:inline set:html={…}>` from this file. */
export function inlineScriptHash(file: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(readFileSync(file, 'utf8')).digest('base64')}`;
}
