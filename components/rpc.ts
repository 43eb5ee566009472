import { browser } from 'wxt/browser';
import { sendSurvivingRestart } from '@/lib/messaging/worker-gone';
import type { z } from 'zod';
import { RpcReply, type Method, type RpcRequest } from '@/lib/schema/rpc';
import { panelTabId } from './panel-tab';

/**
 * Calls a background method from an extension page. Rejects with the background's message when
 * the call was refused or failed, and when the result is not what the method promises. A call
 * that met a stopped service worker is made once more when that is safe (see sendSurvivingRestart).
 */
export async function call<P extends z.ZodType, R extends z.ZodType>(
  method: Method<P, R>,
  params: z.input<P>,
): Promise<z.output<R>> {
  const request: RpcRequest = { type: 'rpc', method: method.name, params, tabId: panelTabId() };
  const raw: unknown = await sendSurvivingRestart(() => browser.runtime.sendMessage(request), method.idempotent === true);
  const reply = RpcReply.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return method.result.parse(reply.result);
}
