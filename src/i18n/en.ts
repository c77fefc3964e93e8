/** The English interface. Its shape is the Dictionary every other language must fill in full (ar.ts). */
import type { PluralForms } from './format.ts';
import { PARAGRAPHS, SEPARATOR } from './common.ts';
import { formatNumber } from '../lib/language/languages.ts';
import type { TermKind } from '../schemas/term.ts';
import { READING_SCRIPT_WORDS } from './scripts/reading.ts';
import { WORD_SCRIPT_WORDS } from './scripts/words.ts';
import { SEARCH_BOX_WORDS } from './scripts/search-box.ts';
import { SEARCH_RESULTS_WORDS } from './scripts/search-results.ts';
import { OFFLINE_SCRIPT_WORDS } from './scripts/offline.ts';
import { SHORTCUTS_WORDS } from './scripts/shortcuts.ts';
import { NOTES_WORDS } from './scripts/notes.ts';
import { CARD_WORDS } from './scripts/card.ts';

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
    footer:
      'Bayan: Arabic diplomatic readouts, verbatim, with an English translation paragraph by paragraph. The Arabic texts belong to their publishers; the translations are Bayan’s own.',
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
    title: 'Bayan · Arabic readouts with an English translation',
    description:
      'Arabic diplomatic readouts, verbatim, with an English translation paragraph by paragraph and a link to every paragraph.',
    heading: 'Readouts',
    intro:
      'Arabic diplomatic readouts, stored verbatim, with an English translation aligned paragraph by paragraph. Every paragraph has its own link.',
  },
  glossary: {
    title: 'Glossary · Bayan',
    description:
      'People, bodies, initiatives, events, places and diplomatic terms named in the readouts, in English and Arabic, with every paragraph that mentions them.',
    heading: 'Glossary',
    /** The glossary's files: a termbase for CAT tools, and data. */
    downloads: 'Download the glossary',
    download: 'Download:',
    tbx: 'TBX (for CAT tools)',
    intro: (n: number) =>
      `${formatNumber(n, 'en')} people, bodies, initiatives, events, places and diplomatic terms named in the readouts, each with its Arabic form and every paragraph that mentions it.`,
    /** Instead of a count, for a term the readouts name only inside longer names. */
    insideOnly: 'only inside longer names',
    kindsNav: 'Kinds of term',
    /** The index's headings, one per kind, in this order. */
    kinds: {
      person: 'People',
      organisation: 'International organisations and bodies',
      'party-body': 'Parties and party bodies',
      'state-body': 'State bodies',
      treaty: 'Treaties',
      document: 'Resolutions, decrees and other documents',
      initiative: 'Initiatives',
      event: 'Events',
      place: 'Places',
      term: 'Diplomatic terms',
    } satisfies Record<TermKind, string> as Record<TermKind, string>,
    /** One entry's kind. */
    kind: {
      person: 'Person',
      organisation: 'International organisation or body',
      'party-body': 'Party or party body',
      'state-body': 'State body',
      treaty: 'Treaty',
      document: 'Resolution, decree or document',
      initiative: 'Initiative',
      event: 'Event',
      place: 'Place',
      term: 'Diplomatic term',
    } satisfies Record<TermKind, string> as Record<TermKind, string>,
  },
  term: {
    title: (name: string, other: string) => `${name} (${other}) · Glossary · Bayan`,
    also: 'Also',
    /** Before the other names that are not in the interface's language. */
    inLanguage: { ar: 'Arabic', en: 'English', ru: 'Russian' },
    /** The names in the meeting's own languages (TermNames.astro). */
    meetingLanguages: 'In the meeting’s languages',
    chinese: 'Chinese',
    russian: 'Russian',
    formula: 'Chinese formula',
    literally: 'literally',
    officialEnglish: 'official English',
    shortForms: 'short',
    noForm: 'No established form',
    variants: 'Where renderings vary',
    sources: 'Sources',
    forms: 'Forms recognised',
    related: 'Related',
    reference: 'Reference',
    mentioned: forms({ one: 'Mentioned in # paragraph', other: 'Mentioned in # paragraphs' }),
    namedInside: 'The readouts name it only inside longer names, each marked as a term of its own:',
    mostRecent: (shown: string) => `The ${shown} most recent are shown.`,
    searchAll: 'Search for all of them',
    mention: (title: string, n: string) => `${title}, paragraph ${n}`,
    /** A mention as its aligned sentence pair (#p-N.s). */
    mentionSentence: (title: string, n: string, s: string) => `${title}, paragraph ${n}, sentence ${s}`,
    inside: (name: string) => `inside “${name}”`,
    /** The heading of a term page whose term the readouts name only inside longer names. */
    onlyInside: 'Named only inside longer names',
    movedTitle: (name: string) => `${name} (moved) · Glossary · Bayan`,
    moved: (name: string) => `The entry “${name}” has a new address:`,
    paragraph: (n: string) => `Paragraph ${n}`,
  },
  reading: {
    title: (title: string) => `${title} · Bayan`,
    eyebrow: 'Readout',
    /** The line under the title: what the text is. */
    lede: (publisher: string) => `${publisher}, with an English translation.`,
    /** The disclosure that holds everything but the text (docs/design.md). */
    tools: 'About, download, cite, filter, save offline',
    filtered: 'filter on',
    /** Opens the list of keyboard shortcuts, with their off switch (src/client/reader/shortcuts.ts). */
    /** The reader's own notes, kept in the browser (src/client/reader/notes/). */
    myNotes: 'My notes',
    /** A paragraph menu's item that highlights the selection, or the paragraph, with an optional note. */
    addNote: 'Highlight or note',
    /** A paragraph menu's item: an image of the paragraph, or the selection, to post (src/client/reader/card/). */
    quoteCard: 'Quote card',
    shortcuts: 'Keyboard shortcuts',
    participants: 'Participants',
    original: 'Arabic text',
    gloss: 'English translation',
    /** The translator's name as the interface writes it (Bayan's own editors in its language). */
    translator: (name: string) => name,
    revised: ', revised ',
    printed: 'Printed from',
    downloads: 'Downloads',
    download: 'Download:',
    files: {
      tmxSentences: 'TMX by sentence',
      csvSentences: 'CSV by sentence',
      original: 'Arabic text',
      english: 'English text',
      source: 'Markdown source',
    },
    layout: 'Layout',
    views: { side: 'Side by side', stacked: 'Stacked', ar: 'Arabic', en: 'English' },
    /** On a phone, where side by side is not offered and one row must hold the choice. */
    viewsShort: { stacked: 'Both', ar: 'Arabic', en: 'English' },
    textSize: 'Text size',
    smaller: ' (smaller text)',
    larger: ' (larger text)',
    speaker: 'Speaker',
    allSpeakers: 'All speakers',
    term: 'Term',
    allTerms: 'All terms',
    showMarks: 'Show term marks',
    /** The chrome of each aligned pair. */
    paragraph: (n: string) => `Paragraph ${n}`,
    actionsOf: (n: string) => `Paragraph ${n} actions`,
    share: 'Share…',
    speakerOf: (n: string) => `Paragraph ${n}, speaker: `,
    copyLink: 'Copy link',
    copyLinkTo: (n: string) => `Copy link to paragraph ${n}`,
    copyParagraph: 'Copy paragraph',
    copyParagraphWith: (n: string) => `Copy paragraph ${n} with citation`,
    cite: 'Cite',
    citeParagraph: (n: string) => `Cite paragraph ${n}`,
    source: 'Source',
    sourceOf: (n: string) => `Markdown source of paragraph ${n}`,
    translatorsNote: 'Translator’s note. ',
    allMentions: (name: string) => `All mentions of ${name} →`,
  },
  study: {
    words: 'Words',
    wordsLong: 'Word mode: each Arabic word opens its analysis',
    vowels: 'Vowels',
    vowelsLong: 'Show the Arabic with its vowels',
    vocabulary: 'Vocabulary',
    vocabularyLink: 'Vocabulary of this readout',
    rootsLink: 'Roots and lemmas',
    rootsTitle: 'Roots and lemmas · Bayan',
    rootsDescription: 'Every Arabic root and lemma of the readouts, by frequency, with a page per root.',
    rootsHeading: 'Roots and lemmas',
    rootsIntro: (roots: number, lemmas: number) =>
      `${formatNumber(roots, 'en')} roots and ${formatNumber(lemmas, 'en')} lemmas of the readouts, most frequent first. Each root has a page with every occurrence.`,
    sort: 'Order',
    byFrequency: 'By frequency',
    byArabic: 'Arabic order',
    root: 'Root',
    lemma: 'Lemma',
    lemmas: 'Lemmas',
    pos: 'Part of speech',
    sense: 'Sense',
    count: 'Count',
    noRoot: 'Lemmas without a root',
    rootTitle: (root: string) => `Root ${root} · Bayan`,
    rootDescription: (root: string) => `The Arabic root ${root}: its lemmas and every occurrence in the readouts.`,
    rootHeading: 'Root',
    rootIntro: (words: number, lemmas: number, paragraphs: number) =>
      `${formatNumber(words, 'en')} ${words === 1 ? 'word' : 'words'}, ${formatNumber(lemmas, 'en')} ${lemmas === 1 ? 'lemma' : 'lemmas'}, in ${formatNumber(paragraphs, 'en')} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}.`,
    occurrences: 'Every occurrence',
    inReadout: (title: string, n: string, s: string) => `${title}, ¶${n}.${s}`,
    allRoots: '← All roots',
    vocabularyTitle: (title: string) => `Vocabulary: ${title} · Bayan`,
    vocabularyDescription: (title: string) =>
      `Every lemma of “${title}” with its vowels, part of speech, sense and frequency.`,
    vocabularyIntro: (lemmas: number, words: number) =>
      `${formatNumber(lemmas, 'en')} lemmas for ${formatNumber(words, 'en')} words, most frequent first.`,
    downloads: 'Download the vocabulary',
    csv: 'CSV',
    anki: 'Anki deck',
    backToReadout: '← Back to the readout',
    /** Parts of speech, as the word cards name them. */
    forms: WORD_SCRIPT_WORDS.en.pos as Record<string, string>,
  },
  paragraphPage: {
    title: (readout: string, n: string) => `${readout}, paragraph ${n}`,
    speaker: (name: string) => `Speaker: ${name}`,
    inContext: 'Read it in context',
    previous: (n: string) => `Previous: paragraph ${n}`,
    next: (n: string) => `Next: paragraph ${n}`,
    context: 'Before and after',
    nav: 'Paragraphs',
    back: (n: string) => `← Paragraph ${n}`,
    forward: (n: string) => `Paragraph ${n} →`,
  },
  sourcePage: {
    title: (readout: string) => `Source of “${readout}” · Bayan`,
    description: (readout: string) => `The Markdown source of the readout “${readout}”, as stored, with line numbers.`,
    eyebrow: 'Source',
    heading: 'Markdown source',
    /** Around the file's name, the gloss directive and a sample of the marks that lead back (¶ 1). */
    intro: [
      'The file ',
      ' exactly as stored: front-matter, then each Arabic paragraph followed by its ',
      ' block. Each mark such as ',
      ' leads back to its paragraph; line numbers link to themselves.',
    ] as [string, string, string, string],
    back: (n: string) => `¶ ${n}: paragraph ${n} on the reading page`,
    download: 'Download the file',
    copy: 'Copy the file',
  },
  searchPage: {
    title: 'Search · Bayan',
    description: 'Search the readouts in English or Arabic and land on the paragraph.',
    heading: 'Search',
    form: 'Search page',
    label: 'Search the readouts, in English or Arabic',
    filters: 'Filters',
    noScript: [
      'Search runs in your browser and needs JavaScript. Every paragraph can still be reached from ',
      'the readouts',
      ' and ',
      'the glossary',
      '.',
    ] as [string, string, string, string, string],
  },
  cite: {
    readout: 'Cite this readout',
    paragraph: (n: string) => `Cite paragraph ${n}`,
    latex: (n: string) => `Cite paragraph ${n} in LaTeX`,
    cslCitation: (n: string) => `CSL citation of paragraph ${n} (locator)`,
    copyReference: 'Copy reference',
    copy: (format: string) => `Copy ${format}`,
  },
  feed: {
    title: 'Bayan: Arabic readouts with an English translation',
    description: 'Arabic diplomatic readouts, verbatim, with an English translation paragraph by paragraph.',
  },
  notFound: {
    title: 'Page not found · Bayan',
    heading: 'Page not found',
    text: 'The address may be mistyped, or the readout may have moved.',
    home: 'See all readouts',
  },
  /** The page a saved site shows offline for a page not saved (docs/offline.md), and the installed app's names. */
  offline: {
    title: 'Not saved for offline reading · Bayan',
    heading: 'Not saved for offline reading',
    text: 'You are offline, and this page is not saved on this device. A readout saved from its reading page (“About, download, cite, filter, save offline”, then “Save for offline reading”) opens without a network, with its paragraphs, terms and search.',
    saved: 'Saved on this device',
    home: 'See all readouts',
    appName: 'Bayan: Arabic readouts',
    appShort: 'Bayan',
  },
  /** What the scripts say in the browser; each script imports its own part (src/i18n/scripts/). */
  scripts: {
    reading: READING_SCRIPT_WORDS.en,
    words: WORD_SCRIPT_WORDS.en,
    searchBox: SEARCH_BOX_WORDS.en,
    searchResults: SEARCH_RESULTS_WORDS.en,
    offline: OFFLINE_SCRIPT_WORDS.en,
    shortcuts: SHORTCUTS_WORDS.en,
    notes: NOTES_WORDS.en,
    card: CARD_WORDS.en,
  },
};

export type Dictionary = typeof en;
