import { describe, expect, it } from 'vitest';
import { summarizeCpuProfile, type CpuProfile } from '../../scripts/bench/cpu-profile';
import { bytesAllocatedBy } from '../../scripts/bench/heap';
import { doNothingManifest, DO_NOTHING_SCRIPT } from '../../scripts/bench/manifest';

const ORIGIN = 'chrome-extension://abc/';

describe('the do-nothing extension', () => {
  it('runs an empty script where and when the built extension’s content scripts run', () => {
    const { manifest, fallback } = doNothingManifest({
      name: 'Backstory',
      permissions: ['storage'],
      background: { service_worker: 'background.js' },
      content_scripts: [
        {
          matches: ['http://*/*', 'https://*/*'],
          exclude_matches: ['https://example.org/*'],
          run_at: 'document_start',
          all_frames: true,
          js: ['content-scripts/content.js'],
          css: ['content-scripts/content.css'],
        },
        { matches: ['https://news.example/*'], js: ['content-scripts/news.js'] },
      ],
    });
    expect(fallback).toBe(false);
    expect(manifest).toEqual({
      manifest_version: 3,
      name: expect.any(String),
      version: '1.0.0',
      content_scripts: [
        {
          matches: ['http://*/*', 'https://*/*'],
          exclude_matches: ['https://example.org/*'],
          run_at: 'document_start',
          all_frames: true,
          js: [DO_NOTHING_SCRIPT],
        },
        { matches: ['https://news.example/*'], js: [DO_NOTHING_SCRIPT] },
      ],
    });
  });

  it('falls back to http(s) pages at document_idle when the manifest declares no content script', () => {
    const { manifest, fallback } = doNothingManifest({ name: 'x' });
    expect(fallback).toBe(true);
    expect(manifest.content_scripts).toEqual([
      { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: [DO_NOTHING_SCRIPT] },
    ]);
  });
});

describe('heap attribution', () => {
  it('counts live bytes whose allocating stack holds a frame of ours', () => {
    const frame = (url: string) => ({ url, functionName: '' });
    const profile = {
      head: {
        callFrame: frame(''),
        selfSize: 10,
        children: [
          { callFrame: frame('http://127.0.0.1/page.js'), selfSize: 500, children: [] },
          {
            callFrame: frame(`${ORIGIN}content.js`),
            selfSize: 300,
            // Allocated by a native call our code made.
            children: [{ callFrame: frame(''), selfSize: 200, children: [] }],
          },
        ],
      },
    };
    expect(bytesAllocatedBy(profile, ORIGIN)).toEqual({ ours: 500, total: 1010 });
  });
});

describe('CPU profile summary', () => {
  it('adds up sampled time under and in our frames, by function', () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 4 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 3] },
        { id: 2, callFrame: frame('pageWork', 'http://127.0.0.1/p.js') },
        { id: 3, callFrame: frame('scan', `${ORIGIN}content.js`), children: [4] },
        { id: 4, callFrame: frame('(native)', '') },
      ],
      startTime: 0,
      endTime: 10_000,
      samples: [2, 3, 4, 3],
      timeDeltas: [0, 1_000, 3_000, 2_000],
    };
    const summary = summarizeCpuProfile(profile, ORIGIN);
    // Sample weights: 1 ms, 3 ms, 2 ms, and 4 ms to the profile's end.
    expect(summary.underOursMs).toBe(9);
    expect(summary.selfOursMs).toBe(7);
    expect(summary.top).toEqual([{ name: 'scan content.js:1:5', selfMs: 7 }]);
  });
});
