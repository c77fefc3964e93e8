/** Copy buttons (components/CopyButton.astro): the text of an element, or a file fetched from this site. */
import { flashCopied } from './clipboard.ts';

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy-target], [data-copy-from]');
  if (!button) return;
  const { copyTarget, copyFrom } = button.dataset;
  const text = copyFrom
    ? await (await fetch(copyFrom)).text()
    : (document.querySelector(copyTarget ?? '')?.textContent ?? '');
  await navigator.clipboard.writeText(text);
  flashCopied(button);
});
