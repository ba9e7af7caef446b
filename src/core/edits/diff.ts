import type { EditChange } from './types';

/**
 * A short diff of one change: the lines it removes (`- `) then the lines it adds (`+ `), each side
 * cut after `maxLines` lines with a count of the rest. Shared by the preview modal and `xcap clean`.
 */
export function changeDiff(change: EditChange, maxLines: number): string[] {
  const side = (sign: string, text: string): string[] => {
    if (text === '') return [];
    const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
    const shown = lines.slice(0, maxLines).map((l) => `${sign} ${l}`.trimEnd());
    const rest = lines.length - maxLines;
    if (rest > 0) shown.push(`${sign} … ${rest} more line${rest === 1 ? '' : 's'}`);
    return shown;
  };
  return [...side('-', change.before), ...side('+', change.after)];
}
