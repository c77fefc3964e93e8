import { describe, expect, it } from 'vitest';
import { run, tempFiles } from '../../helpers/run.ts';

const site = (files: Record<string, string>) => tempFiles('bayan-dist-', files);

describe('npm run check:links', () => {
  it('passes links to pages, files, ids and paragraph ranges that exist', () => {
    const dir = site({
      'index.html':
        '<a href="/readouts/x/#p-2">x</a><a href="readouts/x/#p-1-3">range</a><a href="/readouts/x/#p-2.1-2">sentences</a><a href="/data.json">d</a><a href="https://example.org/">out</a>',
      'readouts/x/index.html':
        '<section id="p-1"></section><section id="p-2"><span id="p-2.1"></span> <span id="p-2.2"></span></section><section id="p-3"></section>',
      'data.json': '{}',
    });
    const result = run(['scripts/check-links.ts', dir]);
    expect(result.stdout).toContain('4 internal links in 2 pages checked; 0 broken.');
    expect(result.status).toBe(0);
  });

  it('names each broken link, missing file or missing id, with its page', () => {
    const dir = site({
      'index.html':
        '<a href="/gone/">gone</a><a href="/readouts/x/#p-9">no p-9</a><a href="/readouts/x/#p-2-9">bad range</a><a href="/readouts/x/#p-2.1-5">bad sentences</a>',
      'readouts/x/index.html': '<section id="p-2"><span id="p-2.1"></span></section>',
    });
    const result = run(['scripts/check-links.ts', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('index.html: /gone/ → no such file');
    expect(result.stderr).toContain('index.html: /readouts/x/#p-9 → no element with id "p-9" in readouts/x/index.html');
    expect(result.stderr).toContain(
      'index.html: /readouts/x/#p-2-9 → no element with id "p-9" in readouts/x/index.html',
    );
    expect(result.stderr).toContain(
      'index.html: /readouts/x/#p-2.1-5 → no element with id "p-2.5" in readouts/x/index.html',
    );
  });
});
