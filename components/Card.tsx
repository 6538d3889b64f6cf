import type { Fact } from '@/utils/schema';
import { formatPartial } from '@/utils/partial-date';
import type { CardEntity } from '@/utils/messages';

export interface CardProps {
  entity: CardEntity;
  topicLabel: string;
  topicColor: string;
  /** Matches the page: a dark card on a dark page. */
  theme: 'light' | 'dark';
  /** Called when the reader presses the close button. */
  onClose: () => void;
}

/** Only https links from the dataset are ever rendered as links. */
export function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function FactItem({ fact }: { fact: Pick<Fact, 'text' | 'date' | 'kind' | 'sources'> }) {
  const source = fact.sources[0]!;
  const href = safeHref(source.url);
  return (
    <li class="fact">
      <p class="fact-text">{fact.text}</p>
      <p class="fact-meta">
        <span class="as-of">
          {fact.kind === 'state' ? 'As of ' : ''}
          {formatPartial(fact.date)}
        </span>
        {' · '}
        {href ? (
          <a class="source" href={href} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          <span class="source">{source.title}</span>
        )}
      </p>
    </li>
  );
}

/** The background card for one entity. Props in, callbacks out: no extension APIs here. */
export function Card({ entity, topicLabel, topicColor, theme, onClose }: CardProps) {
  const titleId = `backstory-card-title-${entity.id}`;
  return (
    <div
      class={`card ${theme}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      style={{ '--topic': topicColor }}
    >
      <div class="card-header">
        <p class="topic">{topicLabel}</p>
        <h2 class="name" id={titleId}>
          {entity.name}
        </h2>
        <button type="button" class="close" aria-label={`Close ${entity.name} card`} onClick={onClose}>
          ×
        </button>
      </div>
      <p class="summary">{entity.summary}</p>
      <ul class="facts">
        {entity.facts.map((fact) => (
          <FactItem key={fact.text} fact={fact} />
        ))}
      </ul>
      <p class="footer">Backstory · facts bundled with the extension</p>
    </div>
  );
}
