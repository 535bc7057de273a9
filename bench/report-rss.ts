// Preloaded by bench/measure.ts: reports the process's peak resident memory on exit, on stderr.
process.on('exit', () => {
  process.stderr.write(`\nfieldguide-bench-maxrss=${process.resourceUsage().maxRSS}\n`);
});
