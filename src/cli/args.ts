import { UsageError } from './command';

/** The options a command takes: each a flag (`--json`) or one that takes a value (`--top N`). */
export type OptionSpec = Readonly<Record<string, 'flag' | 'value'>>;

/** Arguments sorted into options and the rest. */
export interface ParsedArgs {
  /** Flags given, by their long name. */
  flags: Set<string>;
  /** Values given, by their long name (the last one wins). */
  values: Map<string, string>;
  /** Everything that is not an option, in order. */
  positional: string[];
}

/**
 * Sorts argv the same way for every command: `--name value` and `--name=value`, short `aliases`
 * (`-o` for `--out`), `--` ending the options, a lone `-` taken as a path. Unknown options,
 * missing values and values given to flags are UsageErrors (exit 2).
 */
export function parseArgs(args: readonly string[], spec: OptionSpec, aliases: Readonly<Record<string, string>> = {}): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = aliases[written] ?? written;
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option ${written}`);
    if (kind === 'flag') {
      if (eq !== -1) throw new UsageError(`${written} takes no value`);
      parsed.flags.add(name);
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`${written} needs a value`);
    parsed.values.set(name, value);
  }
  return parsed;
}

/** A count option's value (`--top`, `--limit`): a whole number above 0, else a UsageError. */
export function positiveInteger(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a whole number above 0, not "${value}"`);
  return n;
}
