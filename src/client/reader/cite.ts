/**
 * Citations (components/Cite.astro): the page was built on one day and is read
 * on another, so the accessed date becomes the reader's today. Also enables the
 * citation's copy buttons.
 */
import '../site/copy-buttons.ts';
import { isLocale, localeInfo } from '../../i18n/locales.ts';

const today = new Date();
const iso = today.toISOString().slice(0, 10);
// The reference's dates in the page's language, written as the page wrote them (Arabic-Indic digits in Arabic).
const lang = document.documentElement.lang;
const locale = isLocale(lang) ? localeInfo[lang].intl : localeInfo.en.intl;
const long = (date: Date, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);

for (const cite of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  const built = cite.dataset['accessed']!;
  const builtLong = long(new Date(`${built}T00:00:00Z`), 'UTC');
  for (const node of textNodes(cite))
    node.textContent = node.textContent!.replaceAll(built, iso).replaceAll(builtLong, long(today));
  // CSL-JSON's "date-parts": [[y, m, d]] sits on one line, but Shiki gives each number its own text node.
  const old = built.split('-').map((part) => String(Number(part)));
  const fresh = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map(String);
  for (const line of cite.querySelectorAll('.line')) {
    if (!line.textContent!.includes(`[[${old.join(', ')}]]`)) continue;
    let next = 0; // year, then month, then day, in the order they stand
    for (const node of textNodes(line))
      if (next < 3 && node.textContent === old[next]) node.textContent = fresh[next++]!;
  }
}

function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
