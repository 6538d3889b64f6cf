import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { plural, type Translate } from '@/utils/i18n';

export interface LookupResult {
  id: string;
  name: string;
  /** The spelling that matched, shown when it is not the name ("Роскосмос" for Roscosmos). */
  alias: string;
  /** The alias's language (BCP 47). */
  lang: string;
  topicLabel: string;
  topicColor: string;
}

export interface LookupProps {
  query: string;
  results: readonly LookupResult[];
  /** The entity whose card is open; its card (children) replaces the list. */
  selectedId?: string;
  onQuery: (query: string) => void;
  onSelect: (id: string) => void;
  t: Translate;
  children?: ComponentChildren;
}

/**
 * A search box over every name in the dataset, its matches as a short list of
 * buttons, and the chosen one's card in place of the list. ↓ moves from the
 * box into the list, ↑ and ↓ through it, Escape back to the box; Enter in the
 * box opens the first match. Closing the card returns focus to its match.
 */
export function Lookup({ query, results, selectedId, onQuery, onSelect, t, children }: LookupProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const previous = useRef<string | undefined>(undefined);

  useEffect(() => {
    const closed = previous.current;
    previous.current = selectedId;
    if (closed && !selectedId) {
      (buttons().find((button) => button.dataset.id === closed) ?? input.current)?.focus();
    }
  }, [selectedId]);

  function buttons(): HTMLButtonElement[] {
    return [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  }

  function onInputKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Enter' && results[0]) {
      event.preventDefault();
      onSelect(results[0].id);
    }
  }

  function onListKey(event: KeyboardEvent): void {
    const all = buttons();
    const index = all.indexOf(event.target as HTMLButtonElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (index > 0 ? all[index - 1] : input.current)?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.current?.focus();
    }
  }

  const typed = query.trim() !== '';
  const status = !typed
    ? ''
    : results.length
      ? plural(t, 'popup_lookupCount', results.length)
      : t('popup_lookupNone', { query: query.trim() });

  return (
    <div class="lookup">
      <label class="lookup-label" for={inputId}>
        {t('popup_lookupLabel')}
      </label>
      <input
        ref={input}
        id={inputId}
        class="lookup-input"
        type="search"
        value={query}
        placeholder={t('popup_lookupPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onInputKey}
      />
      {/* Said as the reader types; shown only when nothing matches. */}
      <p class={typed && !results.length ? 'empty' : 'visually-hidden'} role="status">
        {status}
      </p>
      {selectedId ? (
        children
      ) : results.length ? (
        <ul ref={list} class="lookup-results" aria-label={t('popup_lookupResults')} onKeyDown={onListKey}>
          {results.map((result) => (
            <li key={result.id}>
              <button
                type="button"
                class="lookup-result"
                data-id={result.id}
                style={{ '--topic': result.topicColor }}
                onClick={() => onSelect(result.id)}
              >
                <span class="lookup-name">{result.name}</span>
                {result.alias !== result.name ? (
                  <span class="lookup-alias" lang={result.lang}>
                    {result.alias}
                  </span>
                ) : null}
                <span class="lookup-topic">{result.topicLabel}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
