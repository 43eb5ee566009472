// Reads a Chromium trace (CDP Tracing, JSON events) of the long-task bench: the helpdesk page's
// renderer main thread, its tasks (RunTask) and its V8 CPU samples (ProfileChunk). A sample is
// Deskside's when any frame of its stack is a chrome-extension:// script; a task's time is shared
// out by its samples.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: unlike `dur`, it leaves out the time the thread waited for a core. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface RunTrace {
  events: TraceEvent[];
}

export interface TaskShare {
  /** Whole task, ms. */
  duration: number;
  /** Deskside's share of it, ms: the duration times the share of its CPU samples in Deskside's code. */
  deskside: number;
  /** The same two in thread (CPU) time, ms. */
  thread: number;
  desksideThread: number;
  /**
   * Deskside's work made this long task long: its CPU time in it is over the limit, or the task's CPU
   * time is over the limit only with Deskside's part. CPU time, so that time the thread spent waiting
   * for a core on a loaded machine is charged to no one.
   */
  desksideBlamed: boolean;
  /** The same test on wall time shared out by samples: also counts waiting that happened during our code. */
  desksideBlamedWall: boolean;
}

export interface Attribution {
  longTasks: TaskShare[];
  longestDesksideTask: TaskShare | null;
  /** Per ticket switch (between the bench's marks): Deskside's sampled time and all task time, ms. */
  perSwitch: { deskside: number; busy: number; desksideThread: number; busyThread: number }[];
  desksideSamples: number;
}

export const MARK_PREFIX = 'deskside-bench-switch-';
const ENTRY_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);
const isDeskside = (url: unknown) => typeof url === 'string' && url.startsWith('chrome-extension://');

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { url?: string };
}
interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** Samples (time in µs, Deskside or not) of the profile recorded on one thread. */
function samplesOf(events: TraceEvent[], pid: number, tid: number): { ts: number; deskside: boolean }[] {
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const out: { ts: number; deskside: boolean }[] = [];
  for (const profile of profiles) {
    let t = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
    const nodes = new Map<number, ProfileNode>();
    const memo = new Map<number, boolean>();
    const deskside = (id: number): boolean => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const result = !!node && (isDeskside(node.callFrame?.url) || (node.parent !== undefined && deskside(node.parent)));
      memo.set(id, result);
      return result;
    };
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id);
    for (const chunk of chunks) {
      const data = (chunk.args?.data ?? {}) as ChunkData;
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      samples.forEach((node, i) => {
        t += deltas[i] ?? 0;
        out.push({ ts: t, deskside: deskside(node) });
      });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Attributes the traced main-thread time of one run; `limitMs` is the long-task threshold. */
export function attribute(run: RunTrace, limitMs: number): Attribution {
  const marks = run.events
    .filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith(MARK_PREFIX))
    .sort((a, b) => a.ts - b.ts);
  const first = marks[0];
  if (!first) throw new Error('trace: no bench marks; was the helpdesk page traced?');
  // The marks are made on the helpdesk page's main thread: that is the thread to read.
  const { pid, tid } = first;
  const tasks = run.events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts >= first.ts)
    .sort((a, b) => a.ts - b.ts);
  const samples = samplesOf(run.events, pid, tid);

  // Under load the sampler keeps no steady pace, so a sample is not a fixed slice of time: each task's
  // duration (exact, from the trace) is shared out by the share of its samples in Deskside's code.
  // Deskside's own entry points the trace times exactly (listeners, callbacks, script runs): a floor
  // for the estimate where a task caught few samples.
  const entries = run.events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && ENTRY_EVENTS.has(e.name))
    .filter((e) => isDeskside((e.args?.data as { url?: string } | undefined)?.url))
    .sort((a, b) => a.ts - b.ts);
  let next = 0;
  let nextEntry = 0;
  const shares = tasks.map((task): TaskShare => {
    const end = task.ts + (task.dur ?? 0);
    while (next < samples.length && samples[next]!.ts < task.ts) next++;
    let all = 0;
    let ours = 0;
    for (let i = next; i < samples.length && samples[i]!.ts < end; i++) {
      all++;
      if (samples[i]!.deskside) ours++;
    }
    let timed = 0;
    let timedThread = 0;
    let covered = task.ts;
    while (nextEntry < entries.length && entries[nextEntry]!.ts < task.ts) nextEntry++;
    for (let i = nextEntry; i < entries.length && entries[i]!.ts < end; i++) {
      const e = entries[i]!;
      const from = Math.max(e.ts, covered);
      const to = Math.min(e.ts + (e.dur ?? 0), end);
      if (to > from) {
        timed += to - from;
        timedThread += ((e.tdur ?? 0) * (to - from)) / Math.max(1, e.dur ?? 0);
      }
      covered = Math.max(covered, to);
    }
    const duration = (task.dur ?? 0) / 1000;
    const thread = (task.tdur ?? 0) / 1000;
    const deskside = Math.max(all ? (duration * ours) / all : 0, timed / 1000);
    const desksideThread = Math.max(all ? (thread * ours) / all : 0, timedThread / 1000);
    const long = duration > limitMs;
    const desksideBlamed = long && desksideThread > 0 && (desksideThread > limitMs || (thread > limitMs && thread - desksideThread <= limitMs));
    const desksideBlamedWall = long && deskside > 0 && (deskside > limitMs || duration - deskside <= limitMs);
    return { duration, deskside, thread, desksideThread, desksideBlamed, desksideBlamedWall };
  });
  const longestDesksideTask = shares.reduce<TaskShare | null>((best, s) => (s.deskside > (best?.deskside ?? 0) ? s : best), null);

  const perSwitch = marks.slice(0, -1).map((m, i) => {
    const end = marks[i + 1]!.ts;
    const inWindow = shares.filter((_, k) => tasks[k]!.ts >= m.ts && tasks[k]!.ts < end);
    const total = (f: (t: TaskShare) => number) => inWindow.reduce((a, t) => a + f(t), 0);
    return {
      deskside: total((t) => t.deskside),
      busy: total((t) => t.duration),
      desksideThread: total((t) => t.desksideThread),
      busyThread: total((t) => t.thread),
    };
  });

  return {
    longTasks: shares.filter((s) => s.duration > limitMs),
    longestDesksideTask,
    perSwitch,
    desksideSamples: samples.filter((s) => s.deskside).length,
  };
}
