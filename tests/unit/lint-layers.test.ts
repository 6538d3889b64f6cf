/**
 * The layer rules of eslint.config.js, run through ESLint's own API on small
 * snippets: a rule that no longer fires would let the layers blur unnoticed.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports']);
// Loading the config and the TypeScript resolver takes a few seconds on a busy machine.
const LINT_TIMEOUT_MS = 60_000;

const eslint = new ESLint({ cwd: ROOT });

/** The layer-rule messages for `code` written at `file` (a path in the project; it need not exist). */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((message) => LAYER_RULES.has(message.ruleId ?? '')).map((message) => message.message);
}

describe('the layer lint', { timeout: LINT_TIMEOUT_MS }, () => {
  it.each([
    ['utils/probe.ts', "export { Card } from '@/components/Card';", /pure logic/],
    ['utils/probe.ts', "export { Card } from '../components/Card';", /pure logic/],
    ['utils/matcher/probe.ts', "export { HIDE_DELAY_MS } from '../../entrypoints/content/delays';", /pure logic/],
    ['utils/probe.ts', "export { compare } from '../scripts/lib/eval-score';", /no script and no test/],
    ['components/Probe.tsx', "export { HIDE_DELAY_MS } from '@/entrypoints/content/delays';", /no entrypoint/],
    ['entrypoints/options/probe.ts', "export { HIDE_DELAY_MS } from '../content/delays';", /content script/],
    ['entrypoints/popup/probe.ts', "export { HIDE_DELAY_MS } from '@/entrypoints/content/delays';", /content script/],
    ['entrypoints/content/probe.ts', "export { default } from 'mark.js';", /Only .*highlighter\.ts imports mark\.js/],
    ['components/Probe.tsx', "export { default } from 'mark.js';", /Only .*highlighter\.ts imports mark\.js/],
    ['components/Probe.tsx', "export { browser } from 'wxt/browser';", /extension APIs/],
    ['utils/probe.ts', "export { render } from 'preact';", /DOM-free/],
  ])('rejects %s: %s', async (file, code, message) => {
    const problems = await layerProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['entrypoints/content/highlighter.ts', "export { default } from 'mark.js';"],
    ['entrypoints/options/probe.ts', "export { SHOW_DELAY_MS } from '@/utils/settings';"],
    ['entrypoints/content/probe.ts', "export { HIDE_DELAY_MS } from './delays';"],
    ['components/Probe.tsx', "export { TOPICS } from '../utils/topics';"],
    ['utils/probe.ts', "export { keyOf } from './matcher/text';"],
    ['utils/settings-probe.ts', "export { SHOW_DELAY_MS } from './settings';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await layerProblems(file, code)).toEqual([]);
  });
});
