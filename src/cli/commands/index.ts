import type { CliCommand } from '../command';
import { cleanCommand } from './clean';
import { inspectCommand } from './inspect';

/** Every xcap command, in the order `xcap --help` lists them. */
export const COMMANDS: CliCommand[] = [
  inspectCommand,
  cleanCommand,
];
