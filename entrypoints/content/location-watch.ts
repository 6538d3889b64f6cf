/**
 * Tells the loader when a single-page app moved to another address without
 * a reload (another story in place). Started only once the background has
 * said Backstory is on for the page, after its first answer: the page's
 * load pays nothing for it.
 */

/** Where the Navigation API is missing (Firefox before 147), the address is compared this often. */
export const LOCATION_POLL_MS = 1000;

export function watchLocation(win: Window, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let href = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === href) return;
    href = now;
    onChange();
  };
  const navigation = (win as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // After the address changed: pushState, replaceState, back and forward within the page.
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  const timer = setInterval(check, LOCATION_POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
