import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageTranslator } from '@/utils/i18n';
import english from '@/public/_locales/en/messages.json';
import { TOGGLE_COMMAND } from '@/utils/toolbar';
import { readShortcut } from '../options/shortcut';
import { App } from './App';
import '@/components/page.css';
// The sample name wears the real highlight's look.
import '@/entrypoints/content/highlight.css';

const t = pageTranslator((key) => browser.i18n.getMessage(key), english);
document.documentElement.lang = t('meta_lang');
document.title = t('welcome_title');

const root = document.getElementById('app')!;
render(<App t={t} shortcut={undefined} optionsUrl={browser.runtime.getURL('/options.html')} />, root);
void readShortcut(TOGGLE_COMMAND).then((shortcut) =>
  render(<App t={t} shortcut={shortcut} optionsUrl={browser.runtime.getURL('/options.html')} />, root),
);
