/**
 * getStaticPaths for the pages every interface language has. Each such page is one
 * `src/pages/[...locale]/…` route (as Astro Starlight does): the rest parameter is `undefined`
 * for the default language, whose URLs stay unprefixed (`/readouts/x/`), and the locale code for
 * the others (`/ar/readouts/x/`). The languages come from src/i18n/locales.ts alone, so a new
 * interface language needs no new route file.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales.ts';

/** A locale's `[...locale]` parameter: none for the default language, its code for the others. */
export const localeParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/**
 * One path per interface language, `props.locale` its language; `locales` narrows them (the 404 pages).
 * `cacheKey` (src/lib/site/cache-keys.ts) lets the incremental build reuse the pages while it is unchanged.
 */
export const localePaths = (locales: readonly Locale[] = LOCALES, cacheKey?: string) =>
  locales.map((locale) => ({
    params: { locale: localeParam(locale) },
    props: { locale },
    ...(cacheKey === undefined ? {} : { cacheKey }),
  }));

/**
 * Each of `paths` (e.g. collection.ts `readoutPaths`) once per interface language, the language in
 * `props.locale`. A path's languages are adjacent, so the pages of one readout are built one after
 * another and the work they share (its source tokenised, its citations highlighted) is done once.
 * A path's `cacheKey` is kept in each language.
 */
export async function inEveryLocale<Params extends Record<string, string>, Props extends Record<string, unknown>>(
  paths: () => Promise<{ params: Params; props: Props; cacheKey?: string }[]>,
) {
  const all = await paths();
  const locales = localePaths();
  return all.flatMap(({ params, props, cacheKey }) =>
    locales.map((lang) => ({
      params: { ...params, ...lang.params },
      props: { ...props, ...lang.props },
      ...(cacheKey === undefined ? {} : { cacheKey }),
    })),
  );
}
