#!/usr/bin/env node
// Chrome refuses to load an extension whose content script holds a raw non-ASCII byte
// ("It isn't UTF-8 encoded"), silently. Fail the build check instead.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const dirs = process.argv.slice(2);
let bad = 0;
let checked = 0;
for (const dir of dirs) {
  const scripts = path.join(dir, 'content-scripts');
  if (!existsSync(scripts)) {
    console.error(`check-ascii: ${scripts} does not exist (build first)`);
    process.exit(1);
  }
  for (const name of readdirSync(scripts).filter((n) => n.endsWith('.js'))) {
    const file = path.join(scripts, name);
    const bytes = readFileSync(file);
    checked++;
    const at = bytes.findIndex((b) => b > 0x7f);
    if (at >= 0) {
      bad++;
      const context = bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8');
      console.error(`check-ascii: ${file} has a non-ASCII byte at offset ${at}: ...${context}...`);
    }
  }
}
if (!checked) {
  console.error('check-ascii: no content scripts found');
  process.exit(1);
}
console.log(`check-ascii: ${checked} content script(s), ${bad} with non-ASCII bytes`);
process.exit(bad ? 1 : 0);
