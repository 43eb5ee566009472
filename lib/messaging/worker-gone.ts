// Chromium stops an extension's service worker whenever it likes (idle, memory, on demand). A
// message sent at the wrong moment then fails with one of a few errors instead of an answer. Pure
// and dependency-free: used by the content script (size budget) and by extension pages.

/**
 * How a message failed because the background was not there:
 * - 'undelivered': it never reached a listener (nothing happened): sending again is always safe;
 * - 'unanswered': a listener had it but its worker stopped before answering: the work may or may
 *   not be done, so only an idempotent message may be sent again;
 * - null: any other error (a real refusal or a bug), never retried.
 */
export type WorkerGone = 'undelivered' | 'unanswered' | null;

const UNDELIVERED = [
  'Receiving end does not exist',
  'Could not establish connection',
  'Extension context invalidated',
];
const UNANSWERED = [
  'message channel closed before a response was received',
  'message port closed before a response was received',
];

/** Classifies a failed runtime.sendMessage. */
export function workerGone(error: unknown): WorkerGone {
  const text = error instanceof Error ? error.message : String(error);
  if (UNDELIVERED.some((s) => text.includes(s))) return 'undelivered';
  if (UNANSWERED.some((s) => text.includes(s))) return 'unanswered';
  return null;
}

/**
 * Sends once more when the first attempt failed because the worker stopped: a new worker is
 * started for the second message. An 'unanswered' failure is retried only when `idempotent`
 * (doing the work twice leaves the same result as once). A second failure is thrown as it is.
 */
export async function sendSurvivingRestart<T>(send: () => Promise<T>, idempotent: boolean): Promise<T> {
  try {
    return await send();
  } catch (e) {
    const gone = workerGone(e);
    if (gone === 'undelivered' || (gone === 'unanswered' && idempotent)) return send();
    throw e;
  }
}
