/**
 * One `xcap` sub-command. `run` returns the process exit code: 0 ok, 1 a note failed (could not be
 * read, cleaned or written, or is not the capture the command needs), 2 bad usage or a path named
 * on the command line that does not exist or is not what the command takes.
 */
export interface CliCommand {
  name: string;
  /** One line for `xcap --help`. */
  summary: string;
  /** Full usage text for `xcap help NAME` and usage errors. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** Thrown by argument parsing for bad usage; the dispatcher prints it with the usage and exits 2. */
export class UsageError extends Error {}

/**
 * Thrown for a path named on the command line that cannot be used (missing, a folder where a file
 * is needed, ...); the dispatcher prints it without the usage text and exits 2.
 */
export class PathError extends Error {}
