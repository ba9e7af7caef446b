import { PathError, UsageError, type CliIO } from './command';
import { COMMANDS } from './commands';

const help = (): string =>
  [
    'xcap: X (Twitter) captures in an Obsidian vault, from the command line.',
    '',
    'Usage: xcap <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run `xcap help <command>` for its options. Options take their value as `--top 5` or `--top=5`;',
    '`--` ends the options. Exit code: 0 ok, 1 a note failed, 2 bad usage or a path that cannot be used.',
    '',
  ].join('\n');

const unknownCommand = (name: string, io: CliIO): number => {
  io.err(`xcap: unknown command "${name}"\n\n${help()}`);
  return 2;
};

/** Dispatches argv (without node and script) to a command; resolves to the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  // Asked for, the help is the output; with no command at all it explains a usage error.
  if (!name) {
    io.err(help());
    return 2;
  }
  if (name === '--help' || name === '-h') {
    io.out(help());
    return 0;
  }
  if (name === 'help') {
    const cmd = COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !cmd) return unknownCommand(rest[0], io);
    io.out(cmd ? `${cmd.usage}\n` : help());
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) return unknownCommand(name, io);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`xcap ${cmd.name}: ${err.message}\n\n${cmd.usage}\n`);
      return 2;
    }
    if (err instanceof PathError) {
      io.err(`xcap ${cmd.name}: ${err.message}\n`);
      return 2;
    }
    io.err(`xcap ${cmd.name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
