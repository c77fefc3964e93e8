/** Display formats shared by pages, citations and exports. */
import { formatDate as formatDateIn } from '../i18n/format.ts';

/** `2021-12-15` → `15 December 2021` (the date is a calendar day, so no time zone may shift it). */
export const formatDate = (iso: string): string => formatDateIn('en', iso);
