import type { ComponentChildren } from 'preact';
import type { CardLine, SourceView } from '@/utils/card-view';
import { fill } from '@/utils/i18n';
import type { CardLabels } from './labels';
import { dateLabelText, lineText, sourceName } from './format';

/** The first source, as publisher and short headline; its accessible name carries the full title and the others. */
function SourceLink({ sources, labels }: { sources: SourceView[]; labels: CardLabels }) {
  const first = sources[0];
  if (!first) return null;
  const visible = first.shortTitle ? `${first.publisher}: ${first.shortTitle}` : first.publisher;
  const others = sources.length - 1;
  return (
    <>
      {first.href ? (
        <a
          class="source"
          href={first.href}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={sourceName(sources, labels)}
        >
          {visible}
        </a>
      ) : (
        <span class="source" title={first.title}>
          {visible}
        </span>
      )}
      {others > 0 ? (
        <span class="source-others" aria-hidden="true">
          {fill(labels.otherSources, { count: others })}
        </span>
      ) : null}
    </>
  );
}

export function LineItem({
  line,
  labels,
  trailing,
}: {
  line: CardLine;
  labels: CardLabels;
  trailing?: ComponentChildren;
}) {
  return (
    <li class="line">
      <span class="line-text">{lineText(line, labels)}</span>{' '}
      <span class="line-meta">
        {line.label ? <span class="date">{dateLabelText(line.label, labels)}</span> : null}
        <SourceLink sources={line.sources} labels={labels} />
      </span>
      {trailing}
    </li>
  );
}

/** A list of lines; `trailing` (the "N more" button) ends its last item, so it costs no line of its own. */
export function LineList({
  lines,
  labels,
  id,
  hidden,
  trailing,
}: {
  lines: CardLine[];
  labels: CardLabels;
  id?: string;
  hidden?: boolean;
  trailing?: ComponentChildren;
}) {
  if (lines.length === 0 && !id) return null;
  return (
    <ul class="lines" id={id} hidden={hidden}>
      {lines.map((line, index) => (
        <LineItem
          key={line.key}
          line={line}
          labels={labels}
          trailing={index === lines.length - 1 ? trailing : undefined}
        />
      ))}
    </ul>
  );
}

/**
 * "N more": a real disclosure button. It sits at the end of the text just
 * above the hidden lines, which open in place right below it.
 */
export function MoreButton({
  count,
  labels,
  controls,
  open,
  onToggle,
}: {
  count: number;
  labels: CardLabels;
  controls: string;
  open: boolean;
  onToggle: () => void;
}) {
  if (count === 0) return null;
  return (
    <button type="button" class="more" aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {open ? labels.fewer : fill(labels.more, { count })}
    </button>
  );
}
