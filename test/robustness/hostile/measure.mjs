// Preloaded into the CLI under test (node --import): on exit, its peak memory goes to $HOSTILE_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.HOSTILE_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
