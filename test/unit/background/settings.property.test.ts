// Settings come from the options form and from backup files: a value of the wrong type anywhere is
// refused with the path that is wrong, and the settings already stored stay exactly as they were.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, storeSettings } from '@/entrypoints/background/settings';
import { DEFAULT_SETTINGS, Settings } from '@/lib/schema';
import { mutatedArb, RUNS } from '../property';

const STORED = { ...DEFAULT_SETTINGS, retentionDays: 30, kb: { threshold: 0.4, maxSuggestions: 3 } };

beforeEach(async () => {
  fakeBrowser.reset();
  await storeSettings(STORED);
});

describe('storeSettings on malformed settings', () => {
  it('stores a valid value as given, or refuses it by path and keeps what was stored', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(STORED), async ({ value }) => {
        await storeSettings(STORED);
        const valid = Settings.safeParse(value);
        const result = await storeSettings(value).then(
          (s) => ({ ok: true as const, s }),
          (e: unknown) => ({ ok: false as const, e }),
        );
        expect(result.ok).toBe(valid.success);
        if (result.ok) {
          expect(await loadSettings()).toEqual(result.s);
          return;
        }
        const first = valid.error?.issues[0];
        const where = first?.path.length ? first.path.map(String).join('.') : '(root)';
        expect(String(result.e)).toContain(`invalid settings: ${where}: `);
        expect(await loadSettings()).toEqual(STORED);
      }),
      { numRuns: RUNS },
    );
  });
});
