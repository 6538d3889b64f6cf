import type { Translate } from '@/utils/i18n';

export interface SiteListProps {
  sites: readonly string[];
  onRemove: (site: string) => void;
  t: Translate;
}

/** The sites where the reader switched Backstory off, each with a way to switch it back on. */
export function SiteList({ sites, onRemove, t }: SiteListProps) {
  return (
    <fieldset class="group">
      <legend>{t('options_sitesLegend')}</legend>
      {sites.length ? (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => onRemove(site)}
                aria-label={t('options_siteRemoveLabel', { site })}
              >
                {t('options_siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('options_sitesNone')}</p>
      )}
    </fieldset>
  );
}
