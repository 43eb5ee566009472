import { describe, expect, it } from 'vitest';
import { attribute, MARK_PREFIX, type TraceEvent } from '../../../scripts/bench-longtasks-trace';

// A small trace in Chromium's shape: the helpdesk page's main thread (pid 1, tid 1), with its tasks,
// the bench's switch marks and a CPU profile whose stacks are host code or Deskside's content script.
const HOST = 'https://acme-support.zendesk.com/agent/tickets/4201';
const DESKSIDE = 'chrome-extension://abc/content-scripts/helpdesk.js';
const NODES = [
  { id: 1, callFrame: { url: '' } },
  { id: 2, parent: 1, callFrame: { url: HOST } },
  { id: 3, parent: 2, callFrame: { url: DESKSIDE } },
  // Deskside's listener called from the host's code: a host frame under a Deskside one is still ours.
  { id: 4, parent: 3, callFrame: { url: '' } },
];

const ms = (x: number) => x * 1000;
const mark = (n: string, at: number): TraceEvent => ({ name: `${MARK_PREFIX}${n}`, cat: 'blink.user_timing', ph: 'I', pid: 1, tid: 1, ts: ms(at) });
const task = (at: number, dur: number, cpu: number, pid = 1): TraceEvent => ({
  name: 'RunTask', cat: 'disabled-by-default-devtools.timeline', ph: 'X', pid, tid: pid, ts: ms(at), dur: ms(dur), tdur: ms(cpu),
});

/** One sample per ms over [from, from + count), `ours` of them (first) in Deskside's code. */
function samples(from: number, count: number, ours: number): { at: number; node: number }[] {
  return Array.from({ length: count }, (_, i) => ({ at: from + i + 0.5, node: i < ours ? 4 : 2 }));
}

function trace(tasks: TraceEvent[], taken: { at: number; node: number }[], extra: TraceEvent[] = []): TraceEvent[] {
  let last = 0;
  const deltas = taken.map((s) => {
    const d = ms(s.at) - last;
    last = ms(s.at);
    return d;
  });
  return [
    mark('0', 0),
    mark('1', 300),
    mark('end', 600),
    ...tasks,
    { name: 'Profile', cat: 'disabled-by-default-v8.cpu_profiler', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk', cat: 'disabled-by-default-v8.cpu_profiler', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1',
      args: { data: { cpuProfile: { nodes: NODES, samples: taken.map((s) => s.node) }, timeDeltas: deltas } },
    },
    ...extra,
  ];
}

describe('long-task attribution from a trace', () => {
  it('blames a long task on Deskside when its CPU time in our code takes the task over 50 ms', () => {
    const result = attribute({ events: trace([task(10, 80, 80)], samples(10, 80, 40)) }, 50);
    expect(result.longTasks).toHaveLength(1);
    expect(result.longTasks[0]!.desksideThread).toBeCloseTo(40);
    expect(result.longTasks[0]!.desksideBlamed).toBe(true);
  });

  it('does not blame Deskside for a long task the host makes long on its own', () => {
    // 60 ms, 6 of them Deskside's: without Deskside it is still 54 ms.
    const result = attribute({ events: trace([task(10, 60, 60)], samples(10, 60, 6)) }, 50);
    expect(result.longTasks).toHaveLength(1);
    expect(result.longTasks[0]!.desksideBlamed).toBe(false);
  });

  it('charges to no one the time a thread waited for a core, but says what wall time alone would claim', () => {
    // 179 ms of wall time, 2 ms of CPU, all of it Deskside's: the machine was busy, not our code.
    const result = attribute({ events: trace([task(10, 179, 2)], [{ at: 11, node: 4 }, { at: 12, node: 4 }]) }, 50);
    const [long] = result.longTasks;
    expect(long!.desksideBlamed).toBe(false);
    expect(long!.desksideBlamedWall).toBe(true);
  });

  it('adds Deskside time per ticket switch between the marks, and ignores other processes', () => {
    const sidebarProcess = task(20, 90, 90, 2);
    const result = attribute(
      { events: trace([task(10, 20, 20), task(320, 10, 10), task(400, 10, 10)], [...samples(10, 20, 5), ...samples(320, 10, 10)], [sidebarProcess]) },
      50,
    );
    expect(result.longTasks).toEqual([]);
    expect(result.perSwitch).toHaveLength(2);
    expect(result.perSwitch[0]!.deskside).toBeCloseTo(5);
    expect(result.perSwitch[0]!.busy).toBeCloseTo(20);
    expect(result.perSwitch[1]!.deskside).toBeCloseTo(10);
    expect(result.perSwitch[1]!.busy).toBeCloseTo(20);
    expect(result.longestDesksideTask!.deskside).toBeCloseTo(10);
  });

  it('takes Deskside time the trace timed exactly when a task caught no sample', () => {
    const call: TraceEvent = {
      name: 'FunctionCall', cat: 'devtools.timeline', ph: 'X', pid: 1, tid: 1, ts: ms(12), dur: ms(30), tdur: ms(30), args: { data: { url: DESKSIDE } },
    };
    const result = attribute({ events: trace([task(10, 40, 40)], [], [call]) }, 50);
    expect(result.perSwitch[0]!.deskside).toBeCloseTo(30);
    expect(result.perSwitch[0]!.desksideThread).toBeCloseTo(30);
  });
});
