import { normalizeTags, stripPromoted, type EditChange, type EditResult } from '../core/edits';
import { detectCapture } from '../core/detect';
import { parseCapture } from '../core/parse';
import { tagOptionsFromSettings } from '../core/tags';
import type { XCaptureSettings } from '../settings';
import { plural } from './plural';

/** One note's edit, with what the notices and the preview say about it. */
export interface NoteEdit extends EditResult {
  /** The note is not an X capture and was left alone. */
  notCapture: boolean;
  /** Short labels of what changed: the removed ads' authors, or the tags line. */
  labels: string[];
}

/** A cleanup the commands offer for the active note and for every capture. */
export interface Cleanup {
  id: 'strip-promoted' | 'normalize-tags';
  /** Command names (sentence case, as Obsidian's palette lists them). */
  activeName: string;
  vaultName: string;
  /**
   * Plans the edit of one note's text. `onlyCaptures`: leave notes that are not X captures alone
   * (the vault-wide runs); the active-note commands clean the note they are asked to.
   */
  edit(text: string, path: string, settings: XCaptureSettings, onlyCaptures: boolean): NoteEdit;
  /** The notice after the active note changed. */
  doneMessage(edit: NoteEdit): string;
  /** The notice when the active note needed nothing. */
  nothingMessage(edit: NoteEdit): string;
  /** The notice when the edit refused. */
  refusedMessage(error: string): string;
  /** What would change in a note, in a few words, for the preview and the summary. */
  describe(edit: NoteEdit): string;
}

const labelOf = (changes: EditChange[]): string[] => changes.map((c) => c.summary);

export const STRIP_PROMOTED: Cleanup = {
  id: 'strip-promoted',
  activeName: 'Strip promoted replies',
  vaultName: 'Strip promoted replies in all captures',
  edit(text, path) {
    // Ads only exist in captures, whichever command asks.
    const report = parseCapture(text, path);
    if (!report.isCapture) return { text, changes: [], error: null, notCapture: true, labels: [] };
    // Most captures have no ad: no need to look further.
    if (!report.posts.some((p) => p.promoted)) return { text, changes: [], error: null, notCapture: false, labels: [] };
    const result = stripPromoted(text, report);
    return { ...result, notCapture: false, labels: result.removed.map((r) => r.author) };
  },
  doneMessage: (edit) => `Removed ${plural(edit.labels.length, 'promoted reply', 'promoted replies')}: ${edit.labels.join(', ')}`,
  nothingMessage: (edit) => (edit.notCapture ? 'This note is not an X capture: no promoted replies to remove' : 'No promoted replies in this note'),
  refusedMessage: (error) => `Promoted replies not removed: ${error}`,
  describe: (edit) => `${plural(edit.labels.length, 'promoted reply', 'promoted replies')}: ${edit.labels.join(', ')}`,
};

export const NORMALIZE_TAGS: Cleanup = {
  id: 'normalize-tags',
  activeName: 'Normalize tags',
  vaultName: 'Normalize tags in all captures',
  edit(text, _path, settings, onlyCaptures) {
    if (onlyCaptures && !detectCapture(text).isCapture) return { text, changes: [], error: null, notCapture: true, labels: [] };
    const result = normalizeTags(text, tagOptionsFromSettings(settings));
    return { ...result, notCapture: false, labels: labelOf(result.changes) };
  },
  doneMessage: (edit) => `Normalized ${edit.labels.join('; ')}`,
  nothingMessage: () => 'The tags are already normalized',
  refusedMessage: (error) => `Tags not normalized: ${error}`,
  describe: (edit) => edit.labels.join('; '),
};

export const CLEANUPS: readonly Cleanup[] = [STRIP_PROMOTED, NORMALIZE_TAGS];
