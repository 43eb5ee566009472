import { describe, expect, it } from 'vitest';
import { feedbackBoosts } from '../../../lib/kb/feedback';
import { codes, stem, terms } from '../../../lib/kb/text';

describe('tokenising', () => {
  it('joins word forms a customer and an article use for the same thing', () => {
    const same = [['webhooks', 'webhook'], ['configured', 'configuring'], ['deleted', 'deletion'], ['policies', 'policy'], ['logging', 'logged'], ['synced', 'syncing']];
    for (const [a, b] of same) expect(stem(a!), `${a} / ${b}`).toBe(stem(b!));
    expect(stem('status')).toBe('status');
    expect(stem('e1234')).toBe('e1234');
  });

  it('drops stop words and pleasantries but keeps negations and numbers', () => {
    expect(terms("Hi team, I can't log in since the update - not working, error 429. Thanks!")).toEqual(['log', 'sinc', 'updat', 'not', 'work', 'error', '429']);
  });

  it('keeps error codes whole as well as in parts, and folds accents', () => {
    expect(terms('ORA-00942 and ERR_TOKEN_EXPIRED')).toEqual(expect.arrayContaining(['ora', '00942', 'ora-00942', 'err-token-expired']));
    expect(codes('Got E1234, then HTTP 500 and 0x80070005')).toEqual(['e1234', '0x80070005']);
    expect(terms('Réinitialiser')).toEqual(terms('reinitialiser'));
  });
});

describe('feedback boosts', () => {
  const at = '2026-11-20T10:00:00Z';
  it('grow with similarity and stay within bounds', () => {
    const fb = (kind: 'helpful' | 'not-helpful' | 'used', queryTerms: string[]) => ({ articleId: 'a', ticketKey: 'k', kind, at, queryTerms });
    const same = feedbackBoosts([fb('helpful', ['sso', 'saml', 'error'])], ['sso', 'saml', 'error']).get('a')!;
    const partial = feedbackBoosts([fb('helpful', ['sso', 'saml', 'error'])], ['sso', 'login', 'okta']).get('a')!;
    expect(same).toBeGreaterThan(partial);
    expect(partial).toBeGreaterThan(1);
    const many = feedbackBoosts(Array.from({ length: 50 }, () => fb('not-helpful', ['x'])), ['x']).get('a')!;
    expect(many).toBeGreaterThanOrEqual(0.2);
    expect(many).toBeLessThan(1);
  });
});
