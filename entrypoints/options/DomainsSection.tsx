import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { call } from '@/components/rpc';
import { DomainInput, originPattern, syncDomains, type DomainState } from '@/lib/schema/domains';

/**
 * Helpdesk domains: the built-in ones, and custom ones (self-hosted Jira, host-mapped Zendesk)
 * granted one at a time. The browser asks the user; only then does Deskside run there.
 */
export function DomainsSection() {
  const [state, setState] = useState<DomainState | null>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(syncDomains, {}).then(setState, (e: unknown) => setError(String(e)));
  }, []);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const host = DomainInput.safeParse(input);
    if (!host.success) {
      setError(host.error.issues[0]?.message ?? 'Not a host name');
      return;
    }
    // permissions.request must run in the click's own task: the browser shows its prompt.
    const granted = await browser.permissions.request({ origins: [originPattern(host.data)] });
    if (!granted) {
      setError(`Permission for ${host.data} was not granted: Deskside will not run there.`);
      return;
    }
    setError(null);
    setInput('');
    setState(await call(syncDomains, {}));
  };

  const remove = async (host: string) => {
    await browser.permissions.remove({ origins: [originPattern(host)] });
    setState(await call(syncDomains, {}));
  };

  return (
    <section aria-labelledby="domains-h">
      <h2 id="domains-h">Helpdesk domains</h2>
      <p className="muted">Deskside reads tickets only on these sites.</p>
      <ul data-testid="domains">
        {state?.builtIn.map((h) => <li key={h}>{h} <span className="muted">(built in)</span></li>)}
        {state?.custom.map((h) => (
          <li key={h} data-testid="custom-domain">
            {h}{' '}
            <button type="button" onClick={() => void remove(h)}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <label htmlFor="domain">Add a self-hosted Jira or host-mapped Zendesk domain</label>
        <div className="row">
          <input id="domain" value={input} onChange={(e) => setInput(e.target.value)} placeholder="jira.example.com" aria-invalid={!!error} aria-describedby="domain-error" />
          <button type="submit">Add</button>
        </div>
        {error && <p id="domain-error" className="error" role="alert">{error}</p>}
      </form>
    </section>
  );
}
