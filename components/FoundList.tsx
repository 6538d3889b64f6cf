import { plural, type Translate } from '@/utils/i18n';

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
  t: Translate;
}

/** What Backstory found on the page, grouped by topic (in the order given), with counts. */
export function FoundList({ items, unavailable = false, onSelect, t }: FoundListProps) {
  if (unavailable) return <p class="empty">{t('found_unavailable')}</p>;
  if (!items) return <p class="empty">{t('found_looking')}</p>;
  if (!items.length) return <p class="empty">{t('found_none')}</p>;
  const groups = new Map<string, FoundItem[]>();
  for (const item of items) groups.set(item.topicLabel, [...(groups.get(item.topicLabel) ?? []), item]);
  return (
    <div class="found">
      <p class="found-legend">{t('found_colours')}</p>
      {[...groups].map(([topicLabel, group]) => (
        <section key={topicLabel} class="found-group" aria-label={topicLabel}>
          <h3 class="found-topic" style={{ '--topic': group[0]!.topicColor }}>
            <span class="found-topic-name">{topicLabel}</span>
          </h3>
          <ul>
            {group.map((item) => (
              <li key={item.id}>
                <button type="button" class="found-item" onClick={() => onSelect(item.id)}>
                  <span class="found-name">{item.name}</span>
                  {/* The bare number for the eye, the counted phrase for a screen reader. */}
                  <span class="found-count" aria-hidden="true">
                    {item.count}
                  </span>
                  <span class="visually-hidden">{`, ${plural(t, 'found_mentions', item.count)}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
