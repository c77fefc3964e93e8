/** Copying for the page's copy buttons. */
import { pageWords } from '../../i18n/scripts/reading.ts';

/**
 * Copies `text`. Where there is no clipboard (an insecure origin, or permission refused), the
 * reading status line shows the text to copy by hand instead. Returns whether it was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const status = document.querySelector<HTMLElement>('[data-reader-status]');
    if (status) status.textContent = pageWords().notCopied(text);
    return false;
  }
}

/** Shows "Copied ✓" on the button for two seconds. */
export function flashCopied(button: HTMLElement) {
  const label = button.textContent;
  button.textContent = pageWords().copied;
  setTimeout(() => (button.textContent = label), 2000);
}
