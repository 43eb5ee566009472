import { describe, expect, it } from 'vitest';
import { agent, customer, fired, findingsOf, jira, note, settings, zendesk } from './helpers';

describe('pii-in-public', () => {
  it('flags a card number in a public comment without repeating it', () => {
    const t = zendesk({ comments: [customer('Please refund card 4111 1111 1111 1111, charged twice.'), agent('I will update you today.')] });
    const [f] = findingsOf('pii-in-public', t);
    expect(f).toMatchObject({ severity: 'error', evidence: { field: 'comments', commentId: t.comments[0]?.id } });
    expect(f?.message).toBe('The public comment by Priya Raman contains a payment card number.');
    expect(f?.evidence.quote).toContain('[REDACTED:card]');
    expect(JSON.stringify(f)).not.toContain('4111 1111');
  });
  it('ignores internal notes and e-mail addresses, flags secrets in a Jira description', () => {
    expect(fired(zendesk({ comments: [note('token ghp_Ab3dEf5hIj7kLm9nOp1qRs3tUv5wXy7zAb9C'), agent('Mail me at a.kim@acme.com, I will reply today.')] }))).toEqual([]);
    const [f] = findingsOf('pii-in-public', jira({ description: 'Config: aws_access_key_id = AKIAQ3EGRHBWXK2LMN7P' }));
    expect(f?.message).toBe('The description contains a cloud access key.');
    expect(f?.fix).toContain('revoked');
  });
  it('checks the public draft, not an internal one, with the kinds setting', () => {
    const draft = { text: 'Your IBAN DE89 3704 0044 0532 0130 00 is on file.', public: true };
    expect(findingsOf('pii-in-public', zendesk(), { draft })[0]?.evidence.field).toBe('draft');
    expect(fired(zendesk(), { draft: { ...draft, public: false } })).toEqual([]);
    const s = settings({ rules: { 'pii-in-public': { params: { kinds: ['card'] } } } });
    expect(fired(zendesk(), { draft, settings: s })).toEqual([]);
  });
});

describe('placeholder-left', () => {
  it('flags an agent reply sent with an unrendered placeholder', () => {
    const t = zendesk({ comments: [agent('Hi {{ticket.requester.first_name}}, I will call you today.')] });
    expect(findingsOf('placeholder-left', t)[0]?.message).toBe('The public reply by Alex Kim was sent with the placeholder {{ticket.requester.first_name}}.');
  });
  it('flags [insert …] and <name> in a Jira reply and in the draft', () => {
    expect(fired(jira({ comments: [agent('We will ship it on [insert date].')] }))).toEqual(['placeholder-left']);
    const f = findingsOf('placeholder-left', jira(), { draft: { text: 'Hello <customer name>, I will update you today.', public: true } });
    expect(f[0]?.message).toContain('<customer name>');
  });
  it('leaves markdown links, customer text and internal notes alone', () => {
    expect(fired(zendesk({ comments: [customer('See [link](https://x.io) and {{this}}'), note('[insert date] later'), agent('See [the docs](https://acme.com/docs); I will update you today.')] }))).toEqual([]);
  });
});

describe('possible-duplicate', () => {
  const sso = (id: string, requester: string, subject: string) =>
    zendesk({ ticketId: id, requester: { id: requester, name: null, organization: null }, subject, description: 'After rotating the IdP certificate our SAML SSO login fails with error 500.' });
  it('links an open ticket from another requester with the same problem', () => {
    const a = sso('201', '1', 'SSO login fails with SAML error 500 after certificate rotation');
    const b = sso('202', '2', 'SAML SSO login fails with error 500 after cert rotation');
    const [f] = findingsOf('possible-duplicate', a, { others: [a, b] });
    expect(f?.message).toMatch(/^Looks like #202 from another requester \(\d+% similar\)/);
    expect(f?.evidence.relatedTicket).toBe('zendesk:acme.zendesk.com:202');
  });
  it('skips the same requester, solved tickets and unrelated subjects (Jira too)', () => {
    const a = sso('201', '1', 'SSO login fails with SAML error 500 after certificate rotation');
    expect(fired(a, { others: [sso('203', '1', a.subject ?? '')] })).toEqual([]);
    expect(fired(a, { others: [{ ...sso('204', '2', a.subject ?? ''), status: 'solved' }] })).toEqual([]);
    const j = jira({ subject: 'Export to CSV is empty' });
    expect(fired(j, { others: [jira({ ticketId: 'SUP-13', requester: { id: 'x', name: null, organization: null }, subject: 'Invoice PDF has a wrong address' })] })).toEqual([]);
    expect(fired(j, { others: [jira({ ticketId: 'SUP-14', requester: { id: 'y', name: null, organization: null }, subject: 'CSV export is empty' })] })).toEqual(['possible-duplicate']);
  });
  it('uses the threshold setting', () => {
    const a = sso('201', '1', 'SSO login fails with SAML error 500 after certificate rotation');
    const b = sso('202', '2', 'SAML SSO login fails with error 500 after cert rotation');
    const s = settings({ rules: { 'possible-duplicate': { params: { threshold: 0.99 } } } });
    expect(fired(a, { others: [b], settings: s })).toEqual([]);
  });
});

describe('possible-duplicate wording', () => {
  it('matches "cannot log in" with "can\'t login" and verb forms', () => {
    const a = zendesk({ ticketId: '301', requester: { id: '1', name: null, organization: null }, subject: 'Users cannot log in to the dashboard', description: 'Login fails with a spinner since this morning.' });
    const b = zendesk({ ticketId: '302', requester: { id: '2', name: null, organization: null }, subject: "Can't login to dashboard", description: 'Logins failing, the spinner never stops since morning.' });
    expect(fired(a, { others: [a, b] })).toEqual(['possible-duplicate']);
  });
});

describe('pii-in-public in the subject', () => {
  it('flags a card number typed into the subject', () => {
    expect(findingsOf('pii-in-public', zendesk({ subject: 'Refund 4111111111111111 please' }))[0]?.evidence.field).toBe('subject');
  });
});
