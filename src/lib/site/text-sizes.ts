/**
 * The reading page's text sizes, as factors of the default. The pre-paint script (src/client/site/init.js)
 * and the stylesheet know them by their 1-based position (data-text-size="1" … "5").
 */
export const TEXT_SIZES = [0.9, 1, 1.15, 1.3, 1.5] as const;
/** The position of 1 (100 %). */
export const DEFAULT_TEXT_SIZE = 2;
