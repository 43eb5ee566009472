// Shared fast-check pieces for the *.property.test.ts suites: bad input as the outside world
// sends it (JSON cut short, a field of the wrong type, an HTML sign-in page for JSON).
import fc from 'fast-check';

/** Runs per property: enough to find the bugs these suites found, small enough for CI. */
export const RUNS = 150;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path into `v` (objects' keys and arrays' indexes), the root first. */
export function pathsOf(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (out.length > 2000) return out;
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

/** What a mutation does to the value at one path. */
export type Mutation =
  | { kind: 'delete' }
  | { kind: 'null' }
  | { kind: 'empty-array' }
  | { kind: 'huge-string' }
  | { kind: 'replace'; value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' } as const),
  fc.constant({ kind: 'null' } as const),
  fc.constant({ kind: 'empty-array' } as const),
  fc.constant({ kind: 'huge-string' } as const),
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(-1, 0, 1e308, -1e308, 8.64e15 + 1, 1e21, 0.5, '', ' ', '0', 'null', '2026-13-45T99:99:99Z', true, [], {}),
    ),
  }),
);

/** A deep copy of `root` with `m` applied at `path` (the root itself is replaced, never deleted). */
export function mutate(root: unknown, path: Path, m: Mutation): unknown {
  const copy = structuredClone(root) as Json;
  const value = (): unknown =>
    m.kind === 'null' ? null
    : m.kind === 'empty-array' ? []
    : m.kind === 'huge-string' ? 'x'.repeat(200_000)
    : m.kind === 'replace' ? m.value
    : undefined;
  if (path.length === 0) return m.kind === 'delete' ? {} : value();
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && m.kind === 'delete') parent.splice(Number(last), 1);
  else if (m.kind === 'delete') Reflect.deleteProperty(parent as object, last);
  else (parent as Record<string | number, unknown>)[last] = value();
  return copy;
}

/** One or more mutations of `json` at random paths, with a label saying what changed. */
export function mutatedArb(json: unknown): fc.Arbitrary<{ value: unknown; what: string }> {
  const paths = pathsOf(json);
  return fc
    .array(fc.tuple(fc.nat({ max: paths.length - 1 }), mutationArb), { minLength: 1, maxLength: 3 })
    .map((steps) => {
      let value = json;
      const what: string[] = [];
      for (const [i, m] of steps) {
        const all = pathsOf(value);
        const p = all[i % all.length] ?? [];
        value = mutate(value, p, m);
        what.push(`${p.join('.') || '(root)'}: ${m.kind === 'replace' ? JSON.stringify(m.value)?.slice(0, 40) : m.kind}`);
      }
      return { value, what: what.join('; ') };
    });
}

/** `text` cut at a random offset strictly inside it (so a JSON document is no longer valid). */
export function truncatedArb(text: string): fc.Arbitrary<string> {
  return fc.nat({ max: Math.max(0, text.length - 2) }).map((n) => text.slice(0, n));
}

/** What a helpdesk or a proxy answers instead of the JSON asked for. */
export const badAnswerArb: fc.Arbitrary<{ status: number; body: string; headers?: Record<string, string> }> = fc.oneof(
  fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504).map((status) => ({ status, body: '{"error":"RecordNotFound"}' })),
  fc.constant({ status: 429, body: '', headers: { 'Retry-After': '999999' } }),
  fc.constant({ status: 429, body: '', headers: { 'Retry-After': 'not a date' } }),
  fc.constant({ status: 200, body: '<!DOCTYPE html><html><body>Sign in to Zendesk</body></html>' }),
  fc.constant({ status: 503, body: '<html><body><h1>503 Service Unavailable</h1></body></html>' }),
  fc.constant({ status: 200, body: '' }),
  fc.jsonValue().map((v) => ({ status: 200, body: JSON.stringify(v) ?? 'null' })),
);

/** Random bytes decoded as text, the way a file of garbage reaches an importer. */
export const garbageTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((b) => new TextDecoder().decode(b)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
