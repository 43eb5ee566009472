import { browser } from 'wxt/browser';
import { sendSurvivingRestart } from '@/lib/messaging/worker-gone';
import { ReplyMini } from '@/lib/schema/content-side';
import type { ContentMessage } from '@/lib/schema/messages';

/**
 * Sends one message to the background and checks its reply. A refused message is an error with
 * the background's reason: it means a bug in Deskside, never something the page did. A message
 * that met a stopped service worker is sent once more (every content message is idempotent: a
 * snapshot saved twice merges to the same row and no new history), which starts a new worker.
 */
export async function send(message: ContentMessage): Promise<void> {
  const raw: unknown = await sendSurvivingRestart(() => browser.runtime.sendMessage(message), true);
  const reply = ReplyMini.safeParse(raw);
  if (!reply.success) throw new Error(`Deskside: background gave no valid reply to ${message.type}`);
  if (!reply.data.ok) throw new Error(`Deskside: background refused ${message.type}: ${reply.data.error}`);
}
