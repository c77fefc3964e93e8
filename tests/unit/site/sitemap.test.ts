import { describe, expect, it } from 'vitest';
import { alternates, isStatusPage } from '../../../src/lib/site/sitemap.ts';

const root = 'https://bayan.example/bayan/';

describe("the sitemap's language versions of a page", () => {
  it('are the same path in each interface, in the order the sitemap lists URLs', () => {
    const both = [
      { url: `${root}ar/readouts/x/`, lang: 'ar' },
      { url: `${root}readouts/x/`, lang: 'en' },
    ];
    expect(alternates(`${root}readouts/x/`, root)).toEqual(both);
    expect(alternates(`${root}ar/readouts/x/`, root)).toEqual(both);
  });

  it('count the home page in both interfaces', () => {
    const home = [
      { url: root, lang: 'en' },
      { url: `${root}ar/`, lang: 'ar' },
    ];
    expect(alternates(root, root)).toEqual(home);
    expect(alternates(`${root}ar/`, root)).toEqual(home);
  });

  it('do not take a path that only starts like a language for one', () => {
    expect(alternates(`${root}archive/`, root)?.map((a) => a.url)).toEqual([`${root}ar/archive/`, `${root}archive/`]);
  });

  it('are none for a URL of another site, and status pages are not listed', () => {
    expect(alternates('https://elsewhere.example/', root)).toBeUndefined();
    expect(isStatusPage(`${root}404/`, root)).toBe(true);
    expect(isStatusPage(`${root}ar/404/`, root)).toBe(true);
    expect(isStatusPage(`${root}readouts/x/404/`, root)).toBe(false);
  });
});
