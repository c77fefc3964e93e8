/**
 * The roots index's order: by frequency (as built) or in Arabic collation. Rows carry their key and count;
 * the built order is frequency, so without JavaScript nothing is lost but the choice.
 */
const arabic = new Intl.Collator('ar');
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-sort]')];
for (const button of buttons) {
  button.addEventListener('click', () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
    for (const body of document.querySelectorAll<HTMLTableSectionElement>('[data-sortable] tbody')) {
      const rows = [...body.rows];
      rows.sort((a, b) =>
        button.dataset['sort'] === 'ar'
          ? arabic.compare(a.dataset['key'] ?? '', b.dataset['key'] ?? '')
          : Number(b.dataset['count']) - Number(a.dataset['count']) ||
            arabic.compare(a.dataset['key'] ?? '', b.dataset['key'] ?? ''),
      );
      body.append(...rows);
    }
  });
}
