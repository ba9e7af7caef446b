import type { CliCommand } from '../command';

/** Every xcap command, in the order `xcap --help` lists them. */
export const COMMANDS: CliCommand[] = [];
