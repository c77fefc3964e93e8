import { describe, expect, it } from 'vitest';
import { run, tempFiles } from '../../helpers/run.ts';

const PAGE = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('npm run check:vnu (the W3C Nu HTML Checker)', () => {
  it('fails on a script after </html> and on a combobox role a search input may not take, naming the page and line', () => {
    const dir = tempFiles('bayan-vnu-', {
      'a/index.html': PAGE('', '<p>x</p>') + '\n<script type="module" src="/x.js"></script>',
      'b/index.html': PAGE(
        '',
        '<label for="q">Search</label>\n<input id="q" type="search" role="combobox" aria-expanded="false">',
      ),
    });
    const result = run(['scripts/check-vnu.ts', dir]);
    expect(result.stderr).toMatch(/a\/index\.html:2 {2}error: Stray start tag “script”\./);
    expect(result.stderr).toMatch(
      /b\/index\.html:2 {2}error: Bad value “combobox” for attribute “role” on element “input”\./,
    );
    expect(result.status).toBe(1);
  }, 60_000);

  it('passes a valid page, setting aside its reading of the security policy from disk', () => {
    const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><script type="module" src="/x.js"></script>`;
    const dir = tempFiles('bayan-vnu-', { 'index.html': PAGE(csp, '<main><h1>Valid</h1></main>') });
    const result = run(['scripts/check-vnu.ts', dir]);
    expect(result.stdout).toMatch(
      /1 pages, 0 errors and warnings \(\d+ Content-Security-Policy warnings about files on disk set aside\)/,
    );
    expect(result.status).toBe(0);
  }, 60_000);
});
