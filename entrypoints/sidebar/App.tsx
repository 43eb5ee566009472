import { browser } from 'wxt/browser';
import { Notices } from '@/components/Notices';
import { TicketCard } from '@/components/TicketCard';
import { COLLAPSED_KEY } from '@/lib/schema';
import { useNow, useTicketView } from './use-ticket-view';

function collapse() {
  void browser.storage.local.set({ [COLLAPSED_KEY]: true });
}

/** The sidebar: the ticket of this tab, read from the page and the API, cached on the device. */
export function App() {
  const state = useTicketView();
  const now = useNow();
  return (
    <main>
      <header className="bar">
        <strong>Deskside</strong>
        <button type="button" onClick={collapse} title="Hide (Alt+Shift+D)" aria-label="Hide the Deskside sidebar" data-testid="collapse">
          Hide
        </button>
      </header>
      {state.kind === 'connecting' && <p className="muted">Connecting...</p>}
      {state.kind === 'error' && <p className="error" role="alert">{state.error}</p>}
      {state.kind === 'view' && !state.push.ref && (
        <p className="muted" data-testid="no-ticket">Open a ticket to see it here.</p>
      )}
      {state.kind === 'view' && state.push.ref && !state.push.snapshot && (
        <p className="muted" data-testid="reading">Reading ticket #{state.push.ref.ticketId}...</p>
      )}
      {state.kind === 'view' && state.push.snapshot && (
        <>
          <Notices notices={state.push.snapshot.notices} />
          <TicketCard ticket={state.push.snapshot} now={now} />
        </>
      )}
    </main>
  );
}
