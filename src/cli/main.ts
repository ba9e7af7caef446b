import { runCli } from './run';

// Entry of dist/xcap.cjs: wires the process to the dispatcher.
runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`xcap: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
