import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pageTranslator } from '@/utils/i18n';
import english from '@/public/_locales/en/messages.json';
import { App } from './App';
import '@/components/page.css';

const t = pageTranslator((key) => browser.i18n.getMessage(key), english);
document.documentElement.lang = t('meta_lang');
document.title = t('ext_name');

render(<App t={t} />, document.getElementById('app')!);
