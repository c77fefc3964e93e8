/**
 * The installed app (Node only, after the build): a web app manifest per interface language and its
 * icons, drawn from one SVG without a font (a ب as a path), so every machine draws the same PNGs.
 */
import sharp from 'sharp';
import { dictionary } from '../../i18n/index.ts';
import { localeInfo, type Locale } from '../../i18n/locales.ts';

/** The page colours of the light and dark themes (src/styles/global.css `--bayan-bg`) and the brand's teal. */
export const THEME = { light: '#fbfaf7', dark: '#15181c', brand: '#1f4e5f' };

/** A ب: the bowl as a stroke, the dot below; safe inside a maskable icon's central circle. */
const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${THEME.brand}"/><path d="M17 26v6c0 6 4 8 9 8h12c5 0 9-2 9-8v-6" fill="none" stroke="#fff" stroke-width="4.5" stroke-linecap="round"/><circle cx="32" cy="48" r="3.2" fill="#fff"/></svg>`;

/** The PNG icons, by file name. */
export async function icons(): Promise<Map<string, Buffer>> {
  const draw = (size: number) =>
    sharp(Buffer.from(ICON_SVG), { density: (72 * size) / 64 })
      .resize(size, size)
      .png()
      .toBuffer();
  return new Map([
    ['icons/icon-192.png', await draw(192)],
    ['icons/icon-512.png', await draw(512)],
    ['icons/apple-touch-icon.png', await draw(180)],
  ]);
}

/** A manifest for one interface language: its name, language, direction and home. */
export function manifest(locale: Locale, base: string, home: string): string {
  const t = dictionary(locale);
  return JSON.stringify(
    {
      name: t.offline.appName,
      short_name: t.offline.appShort,
      description: t.feed.description,
      lang: locale,
      dir: localeInfo[locale].dir,
      id: home,
      start_url: home,
      scope: base,
      display: 'standalone',
      background_color: THEME.light,
      theme_color: THEME.brand,
      icons: [
        { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
        { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      ],
    },
    null,
    2,
  );
}
