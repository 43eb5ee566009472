import { useState } from 'react';
import { browser } from 'wxt/browser';
import { call } from '@/components/rpc';
import { escalationJiraUrl, escalationLink, escalationRender, OutputFormat, type EscalationView } from '@/lib/schema/evidence-rpc';

const FORMATS: { value: OutputFormat; label: string }[] = [
  { value: 'md', label: 'Markdown' },
  { value: 'jira', label: 'Jira wiki markup' },
  { value: 'adf', label: 'Atlassian Document Format (JSON)' },
];

type Message = { error: boolean; text: string } | null;
const text = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Copy in a chosen format, open Jira's create screen, and link the created issue back. */
export function OutputBar({ ticketKey, view, onLinked }: { ticketKey: string; view: EscalationView; onLinked: (v: EscalationView) => void }) {
  const [format, setFormat] = useState<OutputFormat>('md');
  const [message, setMessage] = useState<Message>(null);
  const [manual, setManual] = useState<string | null>(null);
  const [issueKey, setIssueKey] = useState('');

  const copy = async () => {
    setManual(null);
    try {
      const out = await call(escalationRender, { ticketKey, format });
      try {
        await navigator.clipboard.writeText(out);
        setMessage({ error: false, text: `Copied as ${FORMATS.find((f) => f.value === format)?.label}.` });
      } catch (e) {
        // Some pages deny clipboard access to frames: show the text to copy by hand instead.
        setManual(out);
        setMessage({ error: true, text: `The browser refused the clipboard here (${text(e)}): select the text below and copy it.` });
      }
    } catch (e) {
      setMessage({ error: true, text: text(e) });
    }
  };
  const openJira = async () => {
    try {
      await browser.tabs.create({ url: await call(escalationJiraUrl, { ticketKey }) });
      setMessage({ error: false, text: 'Opened Jira. After creating the issue, link its key below.' });
    } catch (e) {
      setMessage({ error: true, text: text(e) });
    }
  };
  const link = async () => {
    try {
      onLinked(await call(escalationLink, { ticketKey, issueKey }));
      setIssueKey('');
      setMessage({ error: false, text: `Linked ${issueKey.trim().toUpperCase()}.` });
    } catch (e) {
      setMessage({ error: true, text: text(e) });
    }
  };

  return (
    <div className="output-bar" data-testid="escalation-output">
      <div className="row">
        <select aria-label="Output format" value={format} data-testid="output-format" onChange={(e) => setFormat(OutputFormat.parse(e.target.value))}>
          {FORMATS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
        </select>
        <button type="button" data-testid="copy" onClick={() => void copy()}>Copy</button>
        <button type="button" data-testid="open-jira" onClick={() => void openJira()}>Open in Jira</button>
      </div>
      <div className="row">
        <input aria-label="Jira issue key" placeholder="OPS-123" value={issueKey} data-testid="issue-key" onChange={(e) => setIssueKey(e.target.value)} />
        <button type="button" data-testid="link-issue" disabled={!issueKey.trim()} onClick={() => void link()}>Link issue</button>
      </div>
      {view.draft.jiraIssueKey && <p data-testid="linked-issue">Escalated as <strong>{view.draft.jiraIssueKey}</strong></p>}
      {message && <p className={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="output-message">{message.text}</p>}
      {manual !== null && <textarea readOnly rows={8} value={manual} aria-label="Package text to copy" />}
    </div>
  );
}
