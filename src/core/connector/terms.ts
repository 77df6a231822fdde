/**
 * The connector's language layer: needs, offers and "seeking" (short free texts in Chinese,
 * English or both) become lists of terms (extract.ts), and two lists are scored against each
 * other (term-match.ts) using what the vocabulary says about each term (term-info.ts).
 */
export { extractTerms, vocabularyVersion } from './extract.js';
export { relatedCredits, termKind, termLabel, termWeight, type TermKind } from './term-info.js';
export { matchTerms, type TermMatch } from './term-match.js';
