import { plural, type Translate } from '@/utils/i18n';

export interface TopicOption {
  id: string;
  label: string;
  color: string;
  count: number;
}

export interface TopicListProps {
  topics: readonly TopicOption[];
  disabled: readonly string[];
  onToggle: (id: string, enabled: boolean) => void;
  t: Translate;
}

/** One checkbox per topic, with its highlight colour and how many names it holds. */
export function TopicList({ topics, disabled, onToggle, t }: TopicListProps) {
  return (
    <fieldset class="group">
      <legend>{t('options_topics')}</legend>
      {topics.map((topic) => (
        <label key={topic.id} class="topic-option">
          <input
            type="checkbox"
            checked={!disabled.includes(topic.id)}
            onChange={(event) => onToggle(topic.id, event.currentTarget.checked)}
          />
          <span class="swatch" style={{ background: topic.color }} aria-hidden="true" />
          <span class="topic-label">{topic.label}</span>
          <span class="topic-count">{plural(t, 'options_topicCount', topic.count)}</span>
        </label>
      ))}
    </fieldset>
  );
}
