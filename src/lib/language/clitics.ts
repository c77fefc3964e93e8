/**
 * The Arabic clitics a word may carry in front, on folded text (arabic.ts): و/ف (and, so), then
 * ب/ك/ل (with, as, for), then the article ال; ل before the article is written لل. The term
 * matcher, the content check, the term pages' nesting and the search all read words by this
 * one rule, so what one of them calls the same word the others do too.
 */
const CONJUNCTION = '[وف]';
const PREPOSITION = '[بكل]';
const ARTICLE = 'ال';
/** The article with the preposition in front that it may carry: بال, كال, لل. */
const ARTICLE_WITH_PREPOSITION = `[بك]?${ARTICLE}|لل`;

/** Regular-expression source for the clitics in front of a word (possibly none), as one group. */
export const CLITICS = `${CONJUNCTION}?(?:${ARTICLE_WITH_PREPOSITION}|${PREPOSITION})?`;

/** Regular-expression source for an optional article after the clitics (a form's own article is dropped: withoutArticle). */
export const OPTIONAL_ARTICLE = `(?:${ARTICLE})?`;

/** The clitics one by one (conjunction, preposition, article) in front of a stem of two letters or more. */
export const CLITIC_PARTS = new RegExp(`^(${CONJUNCTION}?)(${PREPOSITION}?)(${ARTICLE})?(?=..)`, 'u');

/** An article in front of a stem of two letters or more, with any clitics before it. */
export const LEADING_ARTICLE = new RegExp(`^${CONJUNCTION}?(?:${ARTICLE_WITH_PREPOSITION})(?=..)`, 'u');

/** A folded form without its own leading article: in the text an article is optional before any form. */
export const withoutArticle = (folded: string) => folded.replace(new RegExp(`^${ARTICLE}`, 'u'), '');
