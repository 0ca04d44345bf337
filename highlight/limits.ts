/**
 * When an entry is mentioned so often on a page that the rest of its mentions are left
 * alone: past MAX_MENTIONS, if it comes more than once per MIN_CHARS_PER_MENTION characters
 * of the page's text on average. That is a word like "the" (about once per 100 characters
 * of English), not a term: a long review names "immune system" thousands of times, about
 * once per 1,000 characters. Without it, such a form becomes tens of thousands of
 * highlights, and the page pays for every one. The popup tells the reader when it happens.
 * Pure: the popup imports it.
 */
export const MAX_MENTIONS = 1000;
export const MIN_CHARS_PER_MENTION = 250;
