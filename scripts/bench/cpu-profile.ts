/**
 * Reading a DevTools CPU profile (`Profiler.stop`): how much sampled time ran
 * code from the extension's origin, and in which functions. Pure.
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Sampled time with a frame of ours anywhere on the stack, ms. */
  underOursMs: number;
  /** Sampled time whose top frame is ours, ms. */
  selfOursMs: number;
  /** Our functions by self time, longest first. */
  top: Array<{ name: string; selfMs: number }>;
}

export function summarizeCpuProfile(profile: CpuProfile, origin: string, limit = 10): ProfileSummary {
  const parent = new Map<number, number>();
  const byId = new Map<number, CpuProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const under = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    const known = under.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = !!node && (node.callFrame.url.startsWith(origin) || (up !== undefined && isUnder(up)));
    under.set(id, value);
    return value;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let underOurs = 0;
  let selfOurs = 0;
  const self = new Map<string, number>();
  let clock = profile.startTime;
  samples.forEach((id, index) => {
    clock += deltas[index] ?? 0;
    // A sample stands for the time until the next one (the last until the profile's end).
    const weight = index + 1 < samples.length ? (deltas[index + 1] ?? 0) : Math.max(0, profile.endTime - clock);
    if (isUnder(id)) underOurs += weight;
    const node = byId.get(id);
    if (node && node.callFrame.url.startsWith(origin)) {
      selfOurs += weight;
      const frame = node.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.slice(origin.length)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + weight);
    }
  });
  return {
    underOursMs: underOurs / 1000,
    selfOursMs: selfOurs / 1000,
    top: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, selfMs: us / 1000 })),
  };
}
