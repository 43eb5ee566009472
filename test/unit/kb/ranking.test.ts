import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/kb/build';
import { loadIndex, serializeIndex } from '../../../lib/kb/persist';
import { STARTER_ARTICLES } from '../../../lib/kb/starter.generated';
import { feedbackTerms, search, suggest, suggestForText } from '../../../lib/kb/suggest';
import { DEFAULT_KB_SETTINGS, KbSuggestion, type Feedback, type KbArticle } from '../../../lib/schema/kb';
import { snapshot } from '../snapshot-factory';

function article(id: string, title: string, body: string, labels: string[] = []): KbArticle {
  return { id, source: 'file', title, body, labels, section: null, url: `https://help.example.com/${id}`, locale: null, updatedAt: null };
}

const SMALL = [
  article('billing', 'Billing overview', 'Invoices are issued monthly. Owners can also require two-factor authentication for billing managers, and change the card on file.'),
  article('mfa', 'Reset two-factor authentication', 'Admins reset 2FA for a member who lost their phone. The member sets up the authenticator app again.', ['mfa', 'security']),
  article('webhooks', 'Webhooks not firing', 'Check the deliveries log. Endpoints must answer within 10 seconds with a 2xx status.', ['webhooks']),
  article('ora', 'Export fails with ORA-00942', 'The reporting database view is missing. ORA-00942 table or view does not exist appears when the export job runs before the nightly migration.'),
  article('export', 'Exporting data', 'Export a project as CSV or JSON from Project settings. Large exports run in the background and you get an email.'),
];
const small = buildIndex(SMALL);
const starter = buildIndex(STARTER_ARTICLES);
const ids = (xs: { article: KbArticle }[]) => xs.map((x) => x.article.id);

describe('ranking', () => {
  it('ranks an exact title match above an article that only mentions the words in its body', () => {
    expect(ids(search(small, 'two-factor authentication')).slice(0, 2)).toEqual(['mfa', 'billing']);
  });

  it('still finds a title word with a typo, and says which word matched', () => {
    const [top] = search(small, 'webhoks firing');
    expect(top?.article.id).toBe('webhooks');
    expect(top?.matchedTerms).toEqual(expect.arrayContaining(['webhoks', 'firing']));
  });

  it('searches as the agent types: an unfinished last word finds the titles it begins', () => {
    expect(search(small, 'webh')[0]?.article.id).toBe('webhooks');
    expect(ids(search(starter, 'how do I expo')).slice(0, 1)).toEqual(['data-export']);
  });

  it('pins down an error code over articles about the same topic', () => {
    const r = suggest(small, snapshot({ subject: 'Export broken', description: 'Our export now fails with ORA-00942 every morning' }));
    expect(r[0]?.article.id).toBe('ora');
    expect(r[0]?.matchedTerms).toContain('ORA-00942');
  });

  it('weighs the subject over the description, and reads the latest requester comment', () => {
    const s = snapshot({ subject: 'Webhooks not firing', description: 'Also, where do I see my invoices? Thanks' });
    expect(ids(suggest(starter, s))[0]).toBe('webhooks-not-firing');
    const followUp = snapshot({
      subject: 'Question', description: 'Hello',
      comments: [
        { id: '1', authorRole: 'end-user', authorName: 'Kim', public: true, createdAt: null, text: 'Hello' },
        { id: '2', authorRole: 'agent', authorName: 'Ana', public: true, createdAt: null, text: 'What is the problem?' },
        { id: '3', authorRole: 'end-user', authorName: 'Kim', public: true, createdAt: null, text: 'Our Salesforce sync log shows INVALID_SESSION_ID since Monday' },
      ],
    });
    expect(ids(suggest(starter, followUp))[0]).toBe('salesforce-integration');
  });

  it('gives each result a 0-1 score, and the default threshold hides tickets the KB cannot answer', () => {
    const onTopic = suggestForText(starter, { subject: 'Reset link for password never arrives' }, { threshold: DEFAULT_KB_SETTINGS.threshold });
    expect(onTopic[0]?.article.id).toBe('password-reset-email');
    for (const r of onTopic) expect(r.score).toBeGreaterThanOrEqual(DEFAULT_KB_SETTINGS.threshold);
    const offTopic = suggestForText(starter, { subject: 'Pizza for the Friday meeting', description: 'Vegetarian please' }, { threshold: DEFAULT_KB_SETTINGS.threshold });
    expect(offTopic).toEqual([]);
    const all = suggestForText(starter, { subject: 'Pizza for the Friday meeting' }, { threshold: 0, top: 48 });
    for (const r of all) expect(r.score).toBeLessThanOrEqual(1);
    // What the sidebar receives validates against the message schema.
    for (const r of [...onTopic, ...all]) expect(KbSuggestion.parse(r)).toEqual(r);
  });

  it('highlights the matched words in the snippet', () => {
    const [top] = search(starter, 'webhook signature mismatch express');
    expect(top?.article.id).toBe('webhook-signature');
    const marked = top!.snippet.highlights.map(([a, b]) => top!.snippet.text.slice(a, b).toLowerCase());
    expect(marked.length).toBeGreaterThan(1);
    for (const m of marked) expect(m).toMatch(/webhook|signature|mismatch|express/);
  });
});

describe('feedback', () => {
  const ticket = snapshot({ subject: 'Need to export our data', description: 'How do we export everything?' });
  const terms = feedbackTerms(small, ticket);
  const fb = (articleId: string, kind: Feedback['kind'], queryTerms = terms): Feedback => ({ articleId, ticketKey: 'zendesk:test:1', kind, at: '2026-11-20T10:00:00Z', queryTerms });

  it('demotes an article marked not helpful and lifts one marked helpful, for similar tickets', () => {
    const before = ids(suggest(small, ticket));
    expect(before.slice(0, 2)).toEqual(['export', 'ora']);
    const after = ids(suggest(small, ticket, { feedback: [fb('export', 'not-helpful'), fb('ora', 'used')] }));
    expect(after.slice(0, 2)).toEqual(['ora', 'export']);
  });

  it('does not carry verdicts over to unrelated tickets', () => {
    const unrelated = [fb('export', 'not-helpful', ['webhook', 'signature']), fb('ora', 'helpful', ['invoice', 'vat'])];
    expect(ids(suggest(small, ticket, { feedback: unrelated }))).toEqual(ids(suggest(small, ticket)));
  });
});

describe('persisted index', () => {
  it('loads from its stored form and ranks exactly as the built index', () => {
    const stored = structuredClone(serializeIndex(starter));
    const loaded = loadIndex(stored, STARTER_ARTICLES);
    for (const text of ['saml audience error', 'card declined 3-D Secure', 'pasword reset emial']) {
      expect(search(loaded, text)).toEqual(search(starter, text));
    }
  });

  it('refuses a stored index built on other articles or of another version', () => {
    const stored = serializeIndex(starter);
    expect(() => loadIndex(stored, STARTER_ARTICLES.slice(1))).toThrow(/built on 48 articles, given 47/);
    expect(() => loadIndex(stored, [...STARTER_ARTICLES].reverse())).toThrow(/article 0 is "workspace-url-change"/);
    expect(() => loadIndex({ ...stored, version: 0 }, STARTER_ARTICLES)).toThrow(/^stored KB index is unusable: version: /);
  });
});
