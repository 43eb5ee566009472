import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/hygiene/draft';
import { DEFAULT_HYGIENE_SETTINGS, HygieneSettings } from '@/lib/schema/hygiene';

describe('checkDraft', () => {
  it('warns about a card number in a public draft, and stops when it is deleted', () => {
    const [f] = checkDraft({ text: 'Hi, I refunded card 4111 1111 1111 1111 today.', public: true }, DEFAULT_HYGIENE_SETTINGS);
    expect(f).toMatchObject({ rule: 'pii-in-public', severity: 'error', evidence: { field: 'draft' } });
    expect(f?.evidence.quote).toContain('[REDACTED:card]');
    expect(checkDraft({ text: 'Hi, I refunded your card today.', public: true }, DEFAULT_HYGIENE_SETTINGS)).toEqual([]);
  });
  it('warns about placeholders, and both rules at once', () => {
    const r = checkDraft({ text: 'Hi {{ticket.requester.first_name}}, password: Winter2026!', public: true }, DEFAULT_HYGIENE_SETTINGS);
    expect(r.map((f) => f.rule)).toEqual(['pii-in-public', 'placeholder-left']);
  });
  it('stays quiet on internal notes and follows enabled and severity settings', () => {
    expect(checkDraft({ text: 'card 4111 1111 1111 1111', public: false }, DEFAULT_HYGIENE_SETTINGS)).toEqual([]);
    const s = HygieneSettings.parse({ rules: { 'pii-in-public': { enabled: false }, 'placeholder-left': { severity: 'warning' } } });
    const r = checkDraft({ text: 'card 4111 1111 1111 1111 for [customer name]', public: true }, s);
    expect(r.map((f) => [f.rule, f.severity])).toEqual([['placeholder-left', 'warning']]);
  });
  it('works without settings (defaults)', () => {
    expect(checkDraft({ text: 'Authorization: Bearer abcdef0123456789abcdef', public: true }).map((f) => f.rule)).toEqual(['pii-in-public']);
  });
  it('bundles without classic zod, so the content script can run it', async () => {
    const r = await build({
      entryPoints: [path.resolve(__dirname, '../../../lib/hygiene/draft.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
    });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.some((p) => p.includes('node_modules/zod'))).toBe(false);
    expect(inputs.some((p) => p.includes('lib/privacy/detect.ts'))).toBe(true);
  });
});
