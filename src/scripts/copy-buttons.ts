/** Copy buttons (components/CopyButton.astro): the text of an element, or a file fetched from this site. */
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy-target], [data-copy-from]');
  if (!button) return;
  const { copyTarget, copyFrom } = button.dataset;
  const text = copyFrom ? await (await fetch(copyFrom)).text() : (document.querySelector(copyTarget ?? '')?.textContent ?? '');
  await navigator.clipboard.writeText(text);
  const label = button.textContent;
  button.textContent = 'Copied ✓';
  setTimeout(() => (button.textContent = label), 2000);
});

export {}; // a module, so its top-level names stay its own
