import { prepareMatcher } from '../utils/matcher';
import { loadAliases } from './eval';
import { readFileSync } from 'node:fs';
const text = readFileSync('/tmp/page.txt', 'utf8').replace(/trump|biden|musk|nasa/gi, 'xxxx');
const prepared = prepareMatcher(loadAliases());
const time = (rx: RegExp) => { for (let i = 0; i < 5; i++) { rx.lastIndex = 0; rx.test(text); } const t = performance.now(); for (let i = 0; i < 20; i++) { rx.lastIndex = 0; rx.test(text); } return ((performance.now() - t) / 20).toFixed(2); };
for (const [i, src] of prepared.sources.entries()) {
  console.log(i, src.length, 'as is', time(new RegExp(src, 'giu')));
  const at = src.indexOf('(?:(?:');
  const before = src.slice(0, at);
  console.log('  boundary alone', time(new RegExp(before + 'QQQQ', 'giu')));
  console.log('  alternatives alone', time(new RegExp(src.slice(at), 'giu')));
}
const s0 = prepared.sources[0]!;
const shy = s0.lastIndexOf('|[\\p{L}\\p{M}]+');
console.log('chunk0 without soft-hyphen word', time(new RegExp(s0.slice(0, shy) + ')', 'giu')), s0.slice(shy));
const SHYW = s0.slice(shy + 1, -1);
console.log('shy alone', time(new RegExp(SHYW, 'giu')));
console.log('shy with boundary', time(new RegExp(s0.slice(0, s0.indexOf('(?:(?:')) + SHYW, 'giu')));
console.log('shy as lookahead-first', time(new RegExp('(?=[\\p{L}\\p{M}]*\u00AD)' + SHYW, 'giu')));
