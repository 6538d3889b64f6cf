export interface SiteListProps {
  sites: readonly string[];
  onRemove: (site: string) => void;
}

/** The sites where the reader switched Backstory off, each with a way to switch it back on. */
export function SiteList({ sites, onRemove }: SiteListProps) {
  return (
    <fieldset class="group">
      <legend>Sites where Backstory is off</legend>
      {sites.length ? (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => onRemove(site)}
                aria-label={`Turn Backstory back on for ${site}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None. Use the popup's “On this site” switch to turn Backstory off on a site.</p>
      )}
    </fieldset>
  );
}
