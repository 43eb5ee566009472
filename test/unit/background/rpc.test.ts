import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RpcRouter } from '@/entrypoints/background/rpc';
import { defineMethod } from '@/lib/schema/rpc';

const add = defineMethod('math.add', z.object({ a: z.number(), b: z.number() }), z.number());
const caller = { tabId: undefined };

describe('RpcRouter', () => {
  const rpc = new RpcRouter();
  rpc.handle(add, async ({ a, b }) => a + b);

  it('runs a registered method with validated params', async () => {
    expect(await rpc.dispatch({ type: 'rpc', method: 'math.add', params: { a: 2, b: 3 } }, caller)).toEqual({ ok: true, result: 5 });
  });
  it('names bad params, unknown methods and malformed requests', async () => {
    const bad = await rpc.dispatch({ type: 'rpc', method: 'math.add', params: { a: 'two', b: 3 } }, caller);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/invalid params for math.add: a:/) });
    expect(await rpc.dispatch({ type: 'rpc', method: 'math.sub', params: {} }, caller)).toEqual({ ok: false, error: 'unknown method: math.sub' });
    expect(await rpc.dispatch({ method: 'math.add' }, caller)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid request/) });
  });
  it('turns a failing handler into an error reply', async () => {
    const boom = defineMethod('boom', z.object({}), z.null());
    rpc.handle(boom, async () => {
      throw new Error('disk full');
    });
    expect(await rpc.dispatch({ type: 'rpc', method: 'boom', params: {} }, caller)).toEqual({ ok: false, error: 'disk full' });
  });
});
