import { z } from 'zod';

/**
 * A request/reply method that extension pages (sidebar, popup, options) call on the background,
 * which owns the database. Each feature defines its methods next to its own schemas with
 * `defineMethod`; params are validated where received, results where returned.
 */
export interface Method<P extends z.ZodType, R extends z.ZodType> {
  name: string;
  params: P;
  result: R;
  /**
   * Running it twice leaves the same result as once (a read, a put of a whole value): a call cut
   * off by a stopping service worker may then be made again.
   */
  idempotent?: boolean;
}

export function defineMethod<P extends z.ZodType, R extends z.ZodType>(
  name: string,
  params: P,
  result: R,
  opts: { idempotent?: boolean } = {},
): Method<P, R> {
  return { name, params, result, ...opts };
}

export const RpcRequest = z.object({
  type: z.literal('rpc'),
  method: z.string().min(1),
  params: z.unknown(),
  /** The tab a sidebar that is not framed in one (Chrome's side panel) acts for. */
  tabId: z.number().int().nonnegative().optional(),
});
export type RpcRequest = z.infer<typeof RpcRequest>;

export const RpcReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type RpcReply = z.infer<typeof RpcReply>;
