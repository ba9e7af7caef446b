/** The pure text edits behind the cleanup commands and `xcap clean`. */
export type { EditChange, EditResult } from './edits/types';
export { normalizeTags } from './edits/normalize-tags';
export { stripPromoted } from './edits/strip-promoted';
