/**
 * Which of the page's live JS heap is ours.
 *
 * `Runtime.getHeapUsage` reports the whole renderer's V8 heap: the page's
 * main world, our isolated world and any other extension's, together. The
 * DevTools protocol has no per-world heap figure. So the bench reports two:
 *  - the difference of medians of that whole-heap figure after a forced GC,
 *    built extension minus do-nothing extension (noisy: the page's own heap
 *    moves by more than ours on big pages), and
 *  - a direct attribution: a load with V8's sampling heap profiler running
 *    from before navigation; after load and a forced GC it holds only
 *    samples of objects still alive, each with the JS stack that allocated
 *    it. Bytes whose stack holds a frame from the extension's origin are
 *    ours: the dataset, matcher and highlight state our isolated world keeps.
 *    Not counted: our compiled code and the DOM nodes we add (native memory).
 * Pure: reads a profile.
 */

export interface SamplingHeapNode {
  callFrame: { url: string; functionName?: string };
  selfSize: number;
  children: SamplingHeapNode[];
}

export interface SamplingHeapProfile {
  head: SamplingHeapNode;
}

/** One allocation sample per this many bytes on average: fine enough for the few hundred KB a content script keeps. */
export const HEAP_SAMPLING_INTERVAL_BYTES = 4096;

export const HEAP_METHOD =
  'our heap: live bytes allocated by stacks holding a chrome-extension:// frame (V8 sampling heap profiler from ' +
  `before navigation, ${HEAP_SAMPLING_INTERVAL_BYTES} B interval, read after load and a forced GC); ` +
  'heap+ is the whole renderer heap after GC, built minus do-nothing (difference of medians)';

export function bytesAllocatedBy(profile: SamplingHeapProfile, origin: string): { ours: number; total: number } {
  let ours = 0;
  let total = 0;
  const stack: Array<[SamplingHeapNode, boolean]> = [[profile.head, false]];
  while (stack.length > 0) {
    const [node, parentOurs] = stack.pop()!;
    const isOurs = parentOurs || node.callFrame.url.startsWith(origin);
    total += node.selfSize;
    if (isOurs) ours += node.selfSize;
    for (const child of node.children) stack.push([child, isOurs]);
  }
  return { ours, total };
}
