import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ScriptLifetime } from '../../../entrypoints/content/lifetime';

const runtimeId = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
afterEach(() => {
  if (runtimeId) Object.defineProperty(fakeBrowser.runtime, 'id', runtimeId);
  else delete (fakeBrowser.runtime as { id?: string }).id;
});

describe('the loader’s lifetime', () => {
  it('stays valid while the extension is there, and asks each time', () => {
    let asked = 0;
    const lifetime = new ScriptLifetime(() => (asked += 1) > 0);
    expect(lifetime.isInvalid).toBe(false);
    expect(lifetime.isInvalid).toBe(false);
    expect(asked).toBe(2);
    expect(lifetime.signal.aborted).toBe(false);
  });

  it('ends when a check finds the extension gone: the signal aborts and the take-down runs once', () => {
    let alive = true;
    const lifetime = new ScriptLifetime(() => alive);
    const takenDown: string[] = [];
    lifetime.onInvalidated(() => takenDown.push('down'));
    expect(lifetime.isInvalid).toBe(false);
    alive = false;
    // Nothing happens until somebody looks.
    expect(takenDown).toEqual([]);
    expect(lifetime.isInvalid).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
    expect(lifetime.isInvalid).toBe(true);
    expect(takenDown).toEqual(['down']);
  });

  it('runs a take-down registered after the end at once', () => {
    const lifetime = new ScriptLifetime(() => false);
    expect(lifetime.isInvalid).toBe(true);
    const takenDown: string[] = [];
    lifetime.onInvalidated(() => takenDown.push('late'));
    expect(takenDown).toEqual(['late']);
  });
});

describe('its own check, on the browser’s runtime', () => {
  it('holds while runtime.id is there, and ends when it is gone, as in Chrome’s orphaned script', () => {
    Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, value: 'backstory' });
    const lifetime = new ScriptLifetime();
    expect(lifetime.isInvalid).toBe(false);
    Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, value: undefined });
    expect(lifetime.isInvalid).toBe(true);
  });

  it('ends when reading runtime.id throws', () => {
    Object.defineProperty(fakeBrowser.runtime, 'id', {
      configurable: true,
      get() {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(new ScriptLifetime().isInvalid).toBe(true);
  });
});
