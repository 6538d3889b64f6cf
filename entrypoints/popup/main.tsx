import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslate } from '@/utils/i18n';
import { App } from './App';
import '@/components/page.css';

const t = createTranslate((key) => browser.i18n.getMessage(key));
document.documentElement.lang = t('meta_lang');
document.title = t('ext_name');

render(<App t={t} />, document.getElementById('app')!);
