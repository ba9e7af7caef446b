/**
 * Related captures: a capture index with add/update/remove/rename and `related(path)` returning
 * ranked results with their reasons (same conversation, same author, shared people, shared tags,
 * similar text, already linked). How scores are made: src/core/related/score.ts.
 */
export { CaptureIndex, DEFAULT_LIMIT, type LinkingCapture } from './related/capture-index';
export { inIndexedFolders, mayBeCapture } from './related/candidate';
export { reasonDescription } from './related/describe';
export { extractFeatures, plainExcerpt } from './related/features';
export { rankByFullScan, type ScannedNote } from './related/full-scan';
export { extractNoteLinks, linkKey, linkMatchesPath } from './related/links';
export { WEIGHTS } from './related/score';
export { tokenize } from './related/text';
export * from './related/types';
