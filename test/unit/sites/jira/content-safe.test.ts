import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

describe('the Jira adapter in the content script', () => {
  it('bundles without classic zod (zod/mini only) and without Node built-ins', async () => {
    const r = await build({
      entryPoints: [path.join(ROOT, 'lib/sites/jira/adapter.ts')],
      bundle: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.some((i) => i.includes('zod/mini'))).toBe(true);
    expect(inputs.filter((i) => i.includes('zod/v4/classic') || /zod\/(?:v4\/)?index\.js$/.test(i))).toEqual([]);
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
  });
});
