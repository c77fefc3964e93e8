/** The English interface. Its shape is the Dictionary every other language must fill in full (ar.ts). */
import type { PluralForms } from './format.ts';
import { PARAGRAPHS, SEPARATOR } from './common.ts';
import { TERM_KIND_LABEL, TERM_KINDS, type TermKind } from '../schemas/term.ts';

const forms = (f: PluralForms) => f;

export const en = {
  site: {
    name: 'Bayan',
    sep: SEPARATOR.en,
    paragraphs: PARAGRAPHS.en,
    skip: 'Skip to content',
    nav: 'Site',
    readouts: 'Readouts',
    glossary: 'Glossary',
    footer: 'Bayan: Arabic diplomatic readouts, verbatim, with an English gloss paragraph by paragraph. The Arabic texts belong to their publishers; the glosses are Bayan’s own.',
    darkTheme: 'Dark theme',
    language: 'Language',
    rss: 'Bayan: new readouts',
  },
  search: {
    form: 'Site search',
    label: 'Search the readouts',
    placeholder: 'Search  /',
    go: 'Search',
    results: 'Search results',
  },
  home: {
    title: 'Bayan · Arabic readouts with an English gloss',
    description: 'Arabic diplomatic readouts, verbatim, with an English gloss paragraph by paragraph and a link to every paragraph.',
    heading: 'Readouts',
    intro: 'Arabic diplomatic readouts, stored verbatim, with an English gloss aligned paragraph by paragraph. Every paragraph has its own link.',
  },
  glossary: {
    title: 'Glossary · Bayan',
    description: 'People, bodies, initiatives, events, places and diplomatic terms named in the readouts, in English and Arabic, with every paragraph that mentions them.',
    heading: 'Glossary',
    intro: (count: string) => `${count} people, bodies, initiatives, events, places and diplomatic terms named in the readouts, each with its Arabic form and every paragraph that mentions it.`,
    kindsNav: 'Kinds of term',
    /** The index's headings, one per kind, in this order. */
    kinds: { ...TERM_KINDS } as Record<TermKind, string>,
    /** One entry's kind. */
    kind: { ...TERM_KIND_LABEL } as Record<TermKind, string>,
  },
  term: {
    title: (name: string, other: string) => `${name} (${other}) · Glossary · Bayan`,
    also: 'Also',
    forms: 'Forms recognised',
    related: 'Related',
    reference: 'Reference',
    mentioned: forms({ one: 'Mentioned in # paragraph', other: 'Mentioned in # paragraphs' }),
    namedInside: 'The readouts name it only inside longer names, each marked as a term of its own:',
    mostRecent: (shown: string) => `The ${shown} most recent are shown.`,
    searchAll: 'Search for all of them',
    mention: (title: string, n: string) => `${title}, paragraph ${n}`,
    paragraph: (n: string) => `Paragraph ${n}`,
  },
  notFound: {
    title: 'Page not found · Bayan',
    heading: 'Page not found',
    text: 'The address may be mistyped, or the readout may have moved.',
    home: 'See all readouts',
  },
};

export type Dictionary = typeof en;
