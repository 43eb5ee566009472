#!/usr/bin/env node
// The `deskside` command. It runs the TypeScript sources in lib/ through tsx, so there is no
// build step to forget and the CLI always matches the code the extension ships.
import { tsImport } from 'tsx/esm/api';

// Resolved against this file, so it works from any working directory and through `npx deskside`.
const { main } = await tsImport('../lib/cli/main.ts', import.meta.url);

// exitCode rather than process.exit(): a large snapshot piped to another program must not be cut off.
process.exitCode = await main(process.argv.slice(2), {
  stdout: (/** @type {string} */ text) => process.stdout.write(text),
  stderr: (/** @type {string} */ text) => process.stderr.write(text),
});
