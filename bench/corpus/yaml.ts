/** A frontmatter value: a string, a list, a number, empty (null), or YAML written as is (dates). */
export type FmValue = string | number | null | readonly string[] | { raw: string };

const PLAIN_SAFE = /^[\p{L}\p{N}][^:#'"\n\\]*$/u;
const LOOKS_TYPED = /^(?:true|false|null|yes|no|on|off|~|[-+]?[\d.]+(?:[-:T+ ][\d:.+Z-]*)?)$/i;

/** A YAML scalar: double-quoted (JSON strings are valid YAML), or plain when `plain` and safe. */
function scalar(value: string, plain: boolean): string {
  if (plain && PLAIN_SAFE.test(value) && !LOOKS_TYPED.test(value) && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

/**
 * A frontmatter block the way the Web Clipper and other tools write one: `---` lines, lists as
 * `  - "item"`, empty values as a bare `key:`. `plain` writes unquoted values where YAML allows
 * (some templates and hand edits do), list items stay quoted unless they start with a letter.
 */
export function frontmatter(entries: readonly [string, FmValue][], plain = false): string {
  const lines = ['---'];
  for (const [key, value] of entries) {
    if (value === null) lines.push(`${key}:`);
    else if (typeof value === 'number') lines.push(`${key}: ${value}`);
    else if (typeof value === 'string') lines.push(`${key}: ${scalar(value, plain)}`);
    else if ('raw' in value) lines.push(`${key}: ${value.raw}`);
    else {
      lines.push(`${key}:`);
      for (const item of value) lines.push(`  - ${scalar(item, plain)}`);
    }
  }
  lines.push('---', '');
  return lines.join('\n');
}
