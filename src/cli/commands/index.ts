import type { CliCommand } from '../command';
import { cleanCommand } from './clean';
import { inspectCommand } from './inspect';
import { relatedCommand } from './related';
import { renderCommand } from './render';
import { scanCommand } from './scan';

/** Every xcap command, in the order `xcap --help` lists them. */
export const COMMANDS: CliCommand[] = [
  inspectCommand,
  cleanCommand,
  relatedCommand,
  renderCommand,
  scanCommand,
];
