/**
 * English text that quotes Arabic, split into runs: the odd-numbered runs are Arabic script, to be
 * marked lang="ar" dir="rtl" (for notes kept as plain text).
 */
const ARABIC_RUN = /([\u0600-\u06FF](?:[\u0600-\u06FF\s…،]*[\u0600-\u06FF])?)/u;

export const mixedRuns = (text: string): string[] => text.split(ARABIC_RUN);
