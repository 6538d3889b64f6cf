export interface FoundItem {
  id: string;
  name: string;
  topicLabel: string;
  topicColor: string;
  count: number;
}

export interface FoundListProps {
  /** undefined while the page is being asked. */
  items: readonly FoundItem[] | undefined;
  /** Backstory cannot run on this page (browser pages, the web store, tabs opened before install). */
  unavailable?: boolean;
  /** The reader picked a name: show its first mention on the page. */
  onSelect: (id: string) => void;
}

/** What Backstory found on the page, grouped by topic (in the order given), with counts. */
export function FoundList({ items, unavailable = false, onSelect }: FoundListProps) {
  if (unavailable) return <p class="empty">Backstory does not run on this page.</p>;
  if (!items) return <p class="empty">Looking…</p>;
  if (!items.length) return <p class="empty">No names from the dataset on this page.</p>;
  const groups = new Map<string, FoundItem[]>();
  for (const item of items) groups.set(item.topicLabel, [...(groups.get(item.topicLabel) ?? []), item]);
  return (
    <div class="found">
      {[...groups].map(([topicLabel, group]) => (
        <section key={topicLabel} class="found-group" aria-label={topicLabel}>
          <h3 class="found-topic" style={{ '--topic': group[0]!.topicColor }}>
            {topicLabel}
          </h3>
          <ul>
            {group.map((item) => (
              <li key={item.id}>
                <button type="button" class="found-item" onClick={() => onSelect(item.id)}>
                  <span class="found-name">{item.name}</span>
                  <span class="found-count">
                    {item.count}
                    <span class="visually-hidden"> {item.count === 1 ? 'mention' : 'mentions'}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
