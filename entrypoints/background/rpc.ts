import type { z } from 'zod';
import { describeZodError } from '@/lib/schema/messages';
import { RpcRequest, type Method, type RpcReply } from '@/lib/schema/rpc';

/** Who called: the tab an extension frame (the sidebar) sits in, if any. */
export interface RpcCaller {
  tabId: number | undefined;
}

type Handler = (params: unknown, caller: RpcCaller) => Promise<unknown>;

/** The background's table of methods extension pages may call. */
export class RpcRouter {
  private handlers = new Map<string, Handler>();

  /** Registers the implementation of a method; params arrive validated. */
  handle<P extends z.ZodType, R extends z.ZodType>(
    method: Method<P, R>,
    impl: (params: z.output<P>, caller: RpcCaller) => Promise<z.input<R>>,
  ): void {
    if (this.handlers.has(method.name)) throw new Error(`RPC method ${method.name} registered twice`);
    this.handlers.set(method.name, async (raw, caller) => {
      const params = method.params.safeParse(raw);
      if (!params.success) throw new Error(`invalid params for ${method.name}: ${describeZodError(params.error)}`);
      return method.result.parse(await impl(params.data, caller));
    });
  }

  /** Runs one request; every failure becomes an error reply naming what went wrong. */
  async dispatch(raw: unknown, caller: RpcCaller): Promise<RpcReply> {
    const request = RpcRequest.safeParse(raw);
    if (!request.success) return { ok: false, error: `invalid request: ${describeZodError(request.error)}` };
    const handler = this.handlers.get(request.data.method);
    if (!handler) return { ok: false, error: `unknown method: ${request.data.method}` };
    try {
      return { ok: true, result: await handler(request.data.params, caller) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
