/**
 * Draws a quote card on a canvas: the Arabic in Bayan's Naskh face, right to left, the English beneath it,
 * then the reference and the paragraph's link, in light or dark. Each line is one `fillText` of whole words,
 * so the browser shapes it as it shapes the page (joined letters, bidi order); nothing is drawn letter by
 * letter. Text too long for the card is shortened at a word boundary (src/lib/cards/fit.ts).
 */
import { fit, wrap, type Fitted } from '../../../lib/cards/fit.ts';

export const SIZES = { wide: [1200, 630], square: [1080, 1080] } as const;
export type Size = keyof typeof SIZES;
export type Theme = 'light' | 'dark';

/** The site's own colours (src/styles/global.css: --bayan-bg, --bayan-text, --bayan-muted, --bayan-accent). */
const COLOURS = {
  light: { bg: '#fbfaf7', text: '#1d1f21', muted: '#5a5f66', accent: '#1f5f74', rule: '#d9d5cc' },
  dark: { bg: '#15181c', text: '#e6e3dc', muted: '#a8adb4', accent: '#8fd0e6', rule: '#3a3f46' },
} as const;

export interface CardText {
  ar: string;
  en: string;
  /** In the interface's language, and so its direction. */
  reference: string;
  link: string;
  /** The interface's language: the reference and the link line up on its side. */
  lang: 'ar' | 'en';
}

/** What was drawn: the lines as shown (shortened or not), and where the Arabic is, for the alt text and tests. */
export interface Drawn {
  ar: Fitted;
  en: Fitted;
  arabic: { size: number; box: [number, number, number, number] };
}

const font = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
export const arabicFace = () => font('--bayan-font-arabic', '"Noto Naskh Arabic", serif');
const textFace = () => font('--bayan-font-text', 'Georgia, serif');
const uiFace = () => font('--bayan-font-ui', 'system-ui, sans-serif');

/** Sets the context for a run of text in a language: its direction, its language (for shaping), its alignment. */
function setRun(ctx: CanvasRenderingContext2D, lang: 'ar' | 'en', css: string) {
  ctx.font = css;
  ctx.direction = lang === 'ar' ? 'rtl' : 'ltr';
  (ctx as CanvasRenderingContext2D & { lang: string }).lang = lang; // Chromium's; not yet in TypeScript's DOM types
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
}

export async function drawCard(canvas: HTMLCanvasElement, text: CardText, size: Size, theme: Theme): Promise<Drawn> {
  const [width, height]: readonly number[] = SIZES[size];
  const square = size === 'square';
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const colours = COLOURS[theme];
  const pad = square ? 96 : 72;
  const inner = width - 2 * pad;
  const footer = square ? 150 : 120;
  const room = height - 2 * pad - footer;
  const gap = square ? 40 : 28;

  const arBase = square ? 56 : 44;
  const enBase = square ? 34 : 26;
  const arCss = (px: number) => `${px}px ${arabicFace()}`;
  const enCss = (px: number) => `${px}px ${textFace()}`;
  // The Naskh face before the first measure: a canvas does not wait for a web font as a page does.
  await document.fonts.load(arCss(arBase), text.ar);
  const measure = (css: string, lang: 'ar' | 'en') => (line: string) => (
    setRun(ctx, lang, css),
    ctx.measureText(line).width
  );

  // The largest type (down to 60 %) that holds both texts whole; failing that, the smallest, shortened.
  let arSize = arBase;
  let enSize = enBase;
  let ar: Fitted | undefined;
  let en: Fitted | undefined;
  const arLead = (px: number) => Math.round(px * 1.85);
  const enLead = (px: number) => Math.round(px * 1.45);
  for (const scale of [1, 0.9, 0.8, 0.7, 0.6]) {
    arSize = Math.round(arBase * scale);
    // The English no smaller than a comfortable reading size: a long one is shortened sooner.
    enSize = Math.max(Math.round(enBase * scale), square ? 26 : 20);
    const arLines = wrap(text.ar, measure(arCss(arSize), 'ar'), inner);
    const enLines = wrap(text.en, measure(enCss(enSize), 'en'), inner);
    if (arLines.length * arLead(arSize) + gap + enLines.length * enLead(enSize) <= room) {
      ar = { lines: arLines, shortened: false };
      en = { lines: enLines, shortened: false };
      break;
    }
  }
  if (!ar || !en) {
    // Three fifths of the room for the Arabic at most; the English has the rest.
    const arMax = Math.max(1, Math.floor((room * 0.6) / arLead(arSize)));
    ar = fit(text.ar, measure(arCss(arSize), 'ar'), inner, arMax);
    const left = room - ar.lines.length * arLead(arSize) - gap;
    en = fit(text.en, measure(enCss(enSize), 'en'), inner, Math.max(1, Math.floor(left / enLead(enSize))));
  }

  ctx.fillStyle = colours.bg;
  ctx.fillRect(0, 0, width, height);
  // The text block, centred in its room.
  const block = ar.lines.length * arLead(arSize) + gap + en.lines.length * enLead(enSize);
  let y = pad + Math.max(0, (room - block) / 2);

  ctx.fillStyle = colours.text;
  let top = Infinity;
  let bottom = 0;
  let left: number = width;
  for (const line of ar.lines) {
    setRun(ctx, 'ar', arCss(arSize));
    const baseline = Math.round(y + arSize * 1.25);
    ctx.fillText(line, width - pad, baseline); // rtl: the start is the right edge
    const m = ctx.measureText(line);
    top = Math.min(top, baseline - m.actualBoundingBoxAscent);
    bottom = Math.max(bottom, baseline + m.actualBoundingBoxDescent);
    left = Math.min(left, width - pad - m.width);
    y += arLead(arSize);
  }
  y += gap;
  ctx.fillStyle = colours.muted;
  for (const line of en.lines) {
    setRun(ctx, 'en', enCss(enSize));
    ctx.fillText(line, pad, Math.round(y + enSize * 1.05));
    y += enLead(enSize);
  }

  // The footer: a rule, the reference, the link, on the interface's side.
  const rtl = text.lang === 'ar';
  const startX = rtl ? width - pad : pad;
  const ruleY = height - pad - footer + (square ? 48 : 32);
  ctx.fillStyle = colours.rule;
  ctx.fillRect(pad, ruleY, inner, 2);
  const refSize = square ? 30 : 24;
  const refCss = rtl ? arCss(refSize + 4) : `${refSize}px ${uiFace()}`;
  await document.fonts.load(arCss(refSize + 4), text.reference);
  setRun(ctx, text.lang, refCss);
  ctx.fillStyle = colours.text;
  ctx.fillText(fit(text.reference, measure(refCss, text.lang), inner, 1).lines[0] ?? '', startX, ruleY + refSize * 1.9);
  // The link is Latin whatever the interface: left to right, on the interface's side.
  const linkCss = `${refSize - 2}px ${uiFace()}`;
  setRun(ctx, 'en', linkCss);
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.fillStyle = colours.accent;
  ctx.fillText(text.link, startX, ruleY + refSize * 3.3, inner);

  return {
    ar,
    en,
    arabic: {
      size: arSize,
      box: [Math.floor(left), Math.floor(top), Math.ceil(width - pad - left), Math.ceil(bottom - top)],
    },
  };
}
