export interface FoundItem {
  id: string;
  name: string;
  topicLabel: string;
  topicColor: string;
  count: number;
}

export interface FoundListProps {
  /** undefined while loading or where the page cannot be read (browser pages). */
  items: readonly FoundItem[] | undefined;
  unavailable?: boolean;
}

/** What Backstory found on the page, grouped by topic, with counts. */
export function FoundList({ items, unavailable = false }: FoundListProps) {
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
                <span class="found-name">{item.name}</span>{' '}
                <span class="found-count" aria-label={`${item.count} mentions`}>
                  {item.count}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
