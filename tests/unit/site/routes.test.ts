import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '../../../src/i18n/locales.ts';
import { inEveryLocale, localeParam, localePaths } from '../../../src/lib/site/routes.ts';

describe('[...locale] route paths', () => {
  it('leave the default language unprefixed and prefix the others with their code', () => {
    expect(localeParam(DEFAULT_LOCALE)).toBeUndefined();
    expect(localePaths()).toEqual(
      LOCALES.map((locale) => ({
        params: { locale: locale === DEFAULT_LOCALE ? undefined : locale },
        props: { locale },
      })),
    );
    expect(localePaths()).toContainEqual({ params: { locale: 'ar' }, props: { locale: 'ar' } });
  });

  it('make each path once per interface language, keeping its params and props', async () => {
    const paths = await inEveryLocale(async () => [{ params: { slug: 'x' }, props: { n: 1 } }]);
    expect(paths).toEqual(
      LOCALES.map((locale) => ({ params: { slug: 'x', locale: localeParam(locale) }, props: { n: 1, locale } })),
    );
  });
});
