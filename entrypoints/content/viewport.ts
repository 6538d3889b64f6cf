/**
 * What the reader sees is marked first: plans near the viewport go first.
 */

/**
 * Mentions within this many viewport heights below the top of the screen
 * (and one above) are marked first.
 */
const VIEWPORTS_AHEAD = 2;

interface Placed {
  node: Text;
}

/** Plans near the viewport first, each group in document order. Reads layout once, before any write. */
export function viewportFirst<T extends Placed>(plan: T[]): T[] {
  const view = plan[0]?.node.ownerDocument.defaultView;
  if (!view || plan.length < 2) return plan;
  const top = -view.innerHeight;
  const bottom = view.innerHeight * VIEWPORTS_AHEAD;
  const near: T[] = [];
  const far: T[] = [];
  for (const item of plan) {
    const rect = item.node.parentElement?.getBoundingClientRect();
    (rect && rect.bottom >= top && rect.top <= bottom ? near : far).push(item);
  }
  return [...near, ...far];
}
