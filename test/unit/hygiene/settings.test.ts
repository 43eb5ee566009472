import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '@/lib/hygiene/ids';
import { DEFAULT_HYGIENE_SETTINGS, HygieneSettings, parseHygieneSettings } from '@/lib/schema/hygiene';

describe('HygieneSettings', () => {
  it('fills every rule with defaults from an empty object', () => {
    expect(Object.keys(DEFAULT_HYGIENE_SETTINGS.rules).sort()).toEqual([...RULE_IDS].sort());
    expect(DEFAULT_HYGIENE_SETTINGS.rules['sla-at-risk']).toEqual({ enabled: true, params: { withinMinutes: 30 } });
    expect(DEFAULT_HYGIENE_SETTINGS.rules['stale-update'].params.maxMinutes).toBe(60);
    expect(DEFAULT_HYGIENE_SETTINGS.ignored).toEqual({});
  });
  it('keeps a partial setting and defaults the rest', () => {
    const s = HygieneSettings.parse({ rules: { unassigned: { params: { afterMinutes: 15 } }, 'no-next-step': { enabled: false } } });
    expect(s.rules.unassigned).toEqual({ enabled: true, params: { afterMinutes: 15, groupCounts: false } });
    expect(s.rules['no-next-step'].enabled).toBe(false);
    expect(s.rules['missing-type'].enabled).toBe(true);
  });
  it('names the path of each bad value', () => {
    const r = parseHygieneSettings({ rules: { unassigned: { params: { afterMinutes: -5 } }, 'sla-at-risk': { severity: 'fatal' } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('rules.unassigned.params.afterMinutes');
    expect(r.message).toContain('rules.sla-at-risk.severity');
  });
  it('rejects unknown rule ids, unknown params, bad regexes and bad ignored entries', () => {
    const msg = (json: unknown) => {
      const r = parseHygieneSettings(json);
      return r.ok ? '' : r.message;
    };
    expect(msg({ rules: { 'missing-tagz': {} } })).toMatch(/rules: Unrecognized key: "missing-tagz"/);
    expect(msg({ rules: { unassigned: { params: { afterMinute: 5 } } } })).toMatch(/rules\.unassigned\.params: Unrecognized key/);
    expect(msg({ rules: { 'placeholder-left': { params: { patterns: ['(unclosed'] } } } })).toBe('rules.placeholder-left.params.patterns.0: not a valid regular expression');
    expect(msg({ ignored: { 'zendesk:acme.zendesk.com:1': ['not-a-rule'] } })).toMatch(/^ignored\.zendesk:acme\.zendesk\.com:1\.0: Invalid option/);
    expect(msg({ rules: { 'pii-in-public': { params: { kinds: ['card', 'passport'] } } } })).toMatch(/rules\.pii-in-public\.params\.kinds\.1/);
  });
});
