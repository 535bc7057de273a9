// Preloaded (through NODE_OPTIONS) into every Node process of a site build, including Astro's child:
// appends the process's peak resident memory to the file named by FIELDGUIDE_RSS_LOG.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.FIELDGUIDE_RSS_LOG;
  if (file) appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`);
});
