/**
 * Cuts long work into short tasks so the page stays responsive: the work
 * checks `due()` in its loops and awaits `yield()` when its slice is spent.
 */

/**
 * Work time per task. A task over 50 ms is a "long task" that delays input;
 * 8 ms leaves most of a 16 ms frame to the page and to rendering, and keeps
 * us far from 50 ms even on slow machines where one step overshoots.
 */
export const SLICE_BUDGET_MS = 8;

export interface SliceStats {
  /** Tasks the work ran in. */
  slices: number;
  /** Time spent working, summed over tasks (idle gaps between them excluded). */
  busyMs: number;
  /** The longest single task. */
  longestMs: number;
}

type SchedulerWithYield = { yield(): Promise<void> };

/** Gives the main thread back: scheduler.yield() where the browser has it (keeps our priority), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Slicer {
  readonly stats: SliceStats = { slices: 0, busyMs: 0, longestMs: 0 };
  private sliceStart = performance.now();

  constructor(private readonly budgetMs = SLICE_BUDGET_MS) {}

  due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  async yield(): Promise<void> {
    this.endSlice();
    await yieldToPage();
    this.sliceStart = performance.now();
  }

  /** Ends the slice before waiting for something else (the background): the wait is not our work. */
  pause(): void {
    this.endSlice();
  }

  /** Starts a new slice after a wait. */
  resume(): void {
    this.sliceStart = performance.now();
  }

  /** Closes the last slice; call once when the work is done. */
  finish(): SliceStats {
    this.endSlice();
    return this.stats;
  }

  private endSlice(): void {
    const spent = performance.now() - this.sliceStart;
    this.stats.slices += 1;
    this.stats.busyMs += spent;
    this.stats.longestMs = Math.max(this.stats.longestMs, spent);
  }
}
