import { h } from 'preact';
import { splitAt, type Translate } from '@/utils/i18n';
import { getTopic } from '@/utils/topics';

export interface WelcomeProps {
  t: Translate;
  /** The toggle's binding; empty when the reader has none, undefined while asked. */
  shortcut: string | undefined;
  optionsUrl: string;
}

/**
 * Opened once, on install: what Backstory does, what a highlighted name
 * looks like, and how to turn it off. Everything is in the extension.
 */
export function App({ t, shortcut, optionsUrl }: WelcomeProps) {
  const [beforeName, afterName] = splitAt(t('welcome_sample'), 'name');
  const [beforeKeys, afterKeys] = splitAt(t('welcome_offEverywhere'), 'keys');
  const sample = h(
    'backstory-mark',
    {
      'data-backstory-entity': 'roscosmos',
      'data-backstory-topic': 'agencies',
      style: { '--backstory-topic': getTopic('agencies').color },
    },
    t('welcome_sampleName'),
  );
  return (
    <main class="welcome">
      <h1 class="title">{t('welcome_title')}</h1>
      <p class="lead">{t('welcome_intro')}</p>
      <figure class="sample">
        <figcaption>{t('welcome_looksLike')}</figcaption>
        <p>
          {beforeName}
          {sample}
          {afterName}
        </p>
      </figure>
      <h2 class="welcome-heading">{t('welcome_howTitle')}</h2>
      <ul class="steps">
        <li>{t('welcome_stepHover')}</li>
        <li>
          {t('welcome_stepPopup')} {t('welcome_pin')}
        </li>
      </ul>
      <h2 class="welcome-heading">{t('welcome_offTitle')}</h2>
      <ul class="steps">
        <li>
          {shortcut ? (
            <>
              {beforeKeys}
              <kbd>{shortcut}</kbd>
              {afterKeys}
            </>
          ) : (
            t('welcome_offEverywhereNoKeys')
          )}
        </li>
        <li>{t('welcome_offSite')}</li>
      </ul>
      <p>{t('welcome_privacy')}</p>
      <p>
        {t('welcome_optionsText')}{' '}
        <a class="welcome-options" href={optionsUrl}>
          {t('welcome_optionsLink')}
        </a>
      </p>
    </main>
  );
}
