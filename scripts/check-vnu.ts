/**
 * `npm run check:vnu`: the W3C Nu HTML Checker (vnu.jar from the vnu-jar package) over every page in
 * dist/. It parses HTML as a browser does, so it sees what html-validate cannot (a <script> after
 * </html>, ARIA a given input type does not allow). Prints each error and warning with its page and
 * line; exits 1 if there are any (information messages are not failures).
 *
 * One kind of warning is set aside: the checker's reading of the Content-Security-Policy. It reads the
 * pages from disk, where no file's origin is 'self', and it does not match inline scripts to their
 * hashes, so it calls every script and stylesheet blocked. The browser tests check the policy where
 * it applies: in Chromium, with no violation reported while every script runs (tests/browser/site.spec.ts).
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const DIST = process.argv[2] ?? 'dist';
const vnu = String(createRequire(import.meta.url)('vnu-jar'));
const files = globSync('**/*.html', { cwd: DIST }).map((file) => join(DIST, file));
// vnu writes its JSON report to stderr.
const run = spawnSync('java', ['-jar', vnu, '--format', 'json', '--exit-zero-always', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error || run.status !== 0) {
  console.error(
    `Could not run the W3C checker (java -jar ${vnu}): ${run.error?.message ?? run.stderr}. npm test installs Java with scripts/ensure-system-packages.sh.`,
  );
  process.exit(1);
}
const { messages } = JSON.parse(run.stderr) as { messages: Message[] };
const CSP_FROM_DISK = /^(Inline script|Resource) violates Content Security Policy/;
const failures = messages.filter(
  (m) => (m.type !== 'info' || m.subType === 'warning') && !CSP_FROM_DISK.test(m.message),
);
const setAside = messages.filter((m) => CSP_FROM_DISK.test(m.message)).length;
for (const m of failures) {
  const page = m.url ? relative(process.cwd(), new URL(m.url).pathname) : '(checker)';
  console.error(`${page}:${m.lastLine ?? 0}  ${m.subType ?? m.type}: ${m.message}`);
}
console.log(
  `W3C Nu HTML Checker: ${files.length} pages, ${failures.length} errors and warnings (${setAside} Content-Security-Policy warnings about files on disk set aside).`,
);
process.exit(failures.length > 0 ? 1 : 0);
