/** Display formats shared by pages, citations and exports. */

/** `2021-12-15` → `15 December 2021` (the date is a calendar day, so no time zone may shift it). */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
