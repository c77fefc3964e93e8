/**
 * Citations (components/Cite.astro): the page was built on one day and is read
 * on another, so the accessed date becomes the reader's today. Also enables the
 * citation's copy buttons.
 */
import './copy-buttons.ts';

const today = new Date();
const iso = today.toISOString().slice(0, 10);
const long = (date: Date, timeZone?: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);

for (const cite of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  const built = cite.dataset['accessed']!;
  const builtLong = long(new Date(`${built}T00:00:00Z`), 'UTC');
  const [y, m, d] = built.split('-').map(Number);
  const parts = new RegExp(`\\[\\s*${y},\\s*${m},\\s*${d}\\s*\\]`);
  const walker = document.createTreeWalker(cite, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.textContent = node
      .textContent!.replaceAll(built, iso)
      .replaceAll(builtLong, long(today))
      .replace(parts, `[${today.getFullYear()}, ${today.getMonth() + 1}, ${today.getDate()}]`);
  }
}
