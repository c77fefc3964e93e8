/**
 * The term a link leads to (`…/terms/<id>/` in any interface, under any base), if it leads to one;
 * the reverse of urls.ts's termPath. Apart from urls.ts because the reading page's first script
 * needs only this: sharing urls.ts with the search would give that page one more script to fetch.
 */
export const termIdOf = (href: string) => /\/terms\/([^/]+)\/$/.exec(href)?.[1];
