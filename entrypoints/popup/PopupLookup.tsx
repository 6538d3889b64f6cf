import { useMemo, useState } from 'preact/hooks';
import { Lookup, type LookupResult } from '@/components/Lookup';
import { ENTITIES, ENTITY_BY_ID } from '@/utils/dataset';
import { topicLabel, type Translate } from '@/utils/i18n';
import { buildLookupIndex, lookup } from '@/utils/lookup';
import { getTopic } from '@/utils/topics';
import { LookupCard } from './LookupCard';

/**
 * The popup's look-up of any name: the search box and its matches, and the
 * chosen entity's card in place of the list. Every name in the dataset is
 * already in the popup's bundle (the found list needs the names), so the
 * index is built here, once.
 */
export function PopupLookup({ t }: { t: Translate }) {
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const index = useMemo(() => buildLookupIndex(ENTITIES), []);
  const topicOf = (id: string) => {
    const topic = getTopic(ENTITY_BY_ID.get(id)!.topic);
    return { label: topicLabel(t, topic.id), color: topic.color };
  };
  const results: LookupResult[] = useMemo(
    () =>
      lookup(index, query).map((hit) => {
        const topic = topicOf(hit.id);
        return { ...hit, topicLabel: topic.label, topicColor: topic.color };
      }),
    [index, query],
  );
  const selected = selectedId ? ENTITY_BY_ID.get(selectedId) : undefined;
  return (
    <Lookup
      query={query}
      results={results}
      selectedId={selected?.id}
      onQuery={(next) => {
        setQuery(next);
        setSelectedId(undefined);
      }}
      onSelect={setSelectedId}
      t={t}
    >
      {selected ? (
        <LookupCard
          entity={selected}
          topicOf={(entity) => topicOf(entity.id)}
          onClose={() => setSelectedId(undefined)}
        />
      ) : null}
    </Lookup>
  );
}
