import { useState } from 'react';
import { browser } from 'wxt/browser';
import { COLLAPSED_KEY } from '@/lib/schema';
import { DraftWarning } from '@/components/DraftWarning';
import { panelTabId } from '@/components/panel-tab';
import { StorageNotice } from '@/components/StorageNotice';
import { PANELS, TICKET_PANEL } from './panels';
import { useNow, useTicketView } from './use-ticket-view';

function collapse() {
  // A side panel just closes; a framed sidebar collapses to its handle, remembered for every tab.
  if (panelTabId() !== undefined) window.close();
  else void browser.storage.local.set({ [COLLAPSED_KEY]: true });
}

/** The sidebar: the ticket of this tab, read from the page and the API, cached on the device. */
export function App() {
  const { state, draft } = useTicketView();
  const now = useNow();
  const [panelId, setPanelId] = useState(TICKET_PANEL.id);
  const panel = PANELS.find((p) => p.id === panelId) ?? TICKET_PANEL;
  const view = state.kind === 'view' ? state.push : null;
  return (
    <main>
      <header className="bar">
        <strong>Deskside</strong>
        <button type="button" onClick={collapse} title="Hide (Alt+Shift+D)" aria-label="Hide the Deskside sidebar" data-testid="collapse">
          Hide
        </button>
      </header>
      <StorageNotice />
      <DraftWarning findings={draft} />
      {state.kind === 'connecting' && <p className="muted">Connecting...</p>}
      {state.kind === 'error' && <p className="error" role="alert">{state.error}</p>}
      {view && !view.ref && <p className="muted" data-testid="no-ticket">Open a ticket to see it here.</p>}
      {view?.ref && !view.snapshot && <p className="muted" data-testid="reading">Reading ticket {view.ref.ticketId}...</p>}
      {view?.ref && view.snapshot && (
        <>
          {PANELS.length > 1 && (
            <nav className="tabs" role="tablist" aria-label="Deskside panels">
              {PANELS.map((p) => (
                <button key={p.id} type="button" role="tab" aria-selected={p.id === panel.id} data-testid={`tab-${p.id}`} onClick={() => setPanelId(p.id)}>
                  {p.title}
                </button>
              ))}
            </nav>
          )}
          <div role="tabpanel" data-testid={`panel-${panel.id}`}>
            {panel.render({ ref: view.ref, snapshot: view.snapshot, history: view.history, now })}
          </div>
        </>
      )}
    </main>
  );
}
