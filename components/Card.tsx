import type { Fact } from '@/utils/schema';
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

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatAsOf(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Only https links from the dataset are ever rendered as links. */
export function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function FactItem({ fact }: { fact: Pick<Fact, 'text' | 'asOf' | 'source'> }) {
  const href = safeHref(fact.source.url);
  return (
    <li class="fact">
      <p class="fact-text">{fact.text}</p>
      <p class="fact-meta">
        <span class="as-of">As of {formatAsOf(fact.asOf)}</span>
        {' · '}
        {href ? (
          <a class="source" href={href} target="_blank" rel="noopener noreferrer">
            {fact.source.title}
          </a>
        ) : (
          <span class="source">{fact.source.title}</span>
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
