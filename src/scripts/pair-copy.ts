/**
 * A pair's copy buttons: "Copy link" (the paragraph's absolute link) and "Copy
 * paragraph" (Arabic, English and a citation line). Loaded by the reading page on
 * the first press.
 */
export async function copyFrom(button: HTMLButtonElement) {
  const pair = button.closest<HTMLElement>('.pair');
  if (!pair) return;
  const status = document.querySelector<HTMLElement>('[data-reader-status]');
  const n = pair.dataset['n'] ?? '';
  const link = `${location.origin}${location.pathname}#p-${n}`;
  let text = link;
  if (button.dataset['copy'] === 'pair') {
    const original = pair.querySelector('.pair-text')?.textContent ?? '';
    const gloss = [...pair.querySelectorAll('.gloss p')].map((p) => p.textContent).join('\n\n');
    const cite = (document.querySelector<HTMLElement>('[data-cite]')?.dataset['cite'] ?? '').replace('{n}', n).replace('{url}', link);
    text = `${original}\n\n${gloss}\n\n— ${cite}`;
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard (an insecure origin, or permission refused): show the text to copy by hand.
    if (status) status.textContent = `Could not copy. ${text}`;
    return;
  }
  const label = button.textContent;
  button.textContent = 'Copied ✓';
  setTimeout(() => (button.textContent = label), 2000);
  if (status) status.textContent = button.dataset['copy'] === 'pair' ? `Paragraph ${n} copied with its citation.` : `Link to paragraph ${n} copied.`;
}
