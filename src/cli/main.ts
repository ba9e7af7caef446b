import { runCli } from './run';

// Entry of dist/xcap.cjs: wires the process to the dispatcher.

// A reader that stops early (`xcap inspect … | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
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
