// Preloaded into a child process (node --require) to report its peak memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nMAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
