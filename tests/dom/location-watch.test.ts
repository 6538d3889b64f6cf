// @vitest-environment jsdom
/**
 * A single-page app moves to another story without a reload: the
 * highlighting stage hears of each change of address, once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCATION_POLL_MS, watchLocation } from '../../entrypoints/content/location-watch';

afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', '/');
  delete (window as { navigation?: unknown }).navigation;
});

describe('with the Navigation API', () => {
  it('tells of each new address once, and nothing after its signal aborts', () => {
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { configurable: true, value: navigation });
    const heard: string[] = [];
    const stop = new AbortController();
    watchLocation(window, () => heard.push(location.pathname), stop.signal);
    history.pushState(null, '', '/story-2');
    navigation.dispatchEvent(new Event('currententrychange'));
    // The same address again (a hash-less replace, say) is no news.
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(heard).toEqual(['/story-2']);
    stop.abort();
    history.pushState(null, '', '/story-3');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(heard).toEqual(['/story-2']);
  });
});

describe('without it (Firefox before 147)', () => {
  it('compares the address every LOCATION_POLL_MS, and stops when its signal aborts', () => {
    vi.useFakeTimers();
    const heard: string[] = [];
    const stop = new AbortController();
    watchLocation(window, () => heard.push(location.pathname), stop.signal);
    history.pushState(null, '', '/story-2');
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(heard).toEqual(['/story-2']);
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(heard).toEqual(['/story-2']);
    stop.abort();
    history.pushState(null, '', '/story-3');
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(heard).toEqual(['/story-2']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
