/** The notes' words in the page's interface language, and the status line they speak on. */
import { NOTES_WORDS } from '../../../i18n/scripts/notes.ts';

export const words = document.documentElement.lang === 'ar' ? NOTES_WORDS.ar : NOTES_WORDS.en;
export const say = (text: string) => {
  const status = document.querySelector<HTMLElement>('[data-reader-status]');
  if (status) status.textContent = text;
};
