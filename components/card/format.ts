/** Phrases the pure card view (utils/card-view.ts) with the card's labels. */
import { formatPartial } from '@/utils/partial-date';
import type { AtTheTime, CardLine, DateLabel, SourceView } from '@/utils/card-view';
import { fill } from '@/utils/i18n';
import type { CardLabels } from './labels';

export function formatDate(value: string, labels: CardLabels): string {
  return formatPartial(value, labels.dateLocale);
}

export function dateLabelText(label: DateLabel, labels: CardLabels): string {
  switch (label.kind) {
    case 'event':
      return formatDate(label.date, labels);
    case 'state':
      return fill(labels.asOf, { date: formatDate(label.date, labels) });
    case 'range':
      return label.until
        ? fill(labels.dateRange, { from: formatDate(label.from, labels), until: formatDate(label.until, labels) })
        : formatDate(label.from, labels);
  }
}

export function lineText(line: CardLine, labels: CardLabels): string {
  const text = line.text;
  switch (text.kind) {
    case 'fact':
      return text.text;
    case 'role-began':
      return text.holder
        ? fill(labels.holderBegan, { holder: text.holder, title: text.title })
        : fill(labels.roleBegan, { title: text.title });
    case 'role-ended':
      return text.holder
        ? fill(labels.holderEnded, { holder: text.holder, title: text.title })
        : fill(labels.roleEnded, { title: text.title });
  }
}

export function atTheTimeText(roles: AtTheTime[], when: 'story' | 'now', labels: CardLabels): string | undefined {
  if (roles.length === 0) return undefined;
  const phrases = roles.map((role) => {
    const date = formatDate(role.from, labels);
    return role.holder
      ? fill(labels.ledBySince, { holder: role.holder, title: role.title, date })
      : fill(labels.roleSince, { title: role.title, date });
  });
  return fill(when === 'story' ? labels.atTheTime : labels.now, { roles: phrases.join(labels.listSeparator) });
}

/** The link's accessible name: the full title, and the other sources' titles when there are several. */
export function sourceName(sources: SourceView[], labels: CardLabels): string {
  const [first, ...others] = sources;
  if (!first) return '';
  if (others.length === 0) return first.title;
  return fill(labels.sourceWithOthers, {
    title: first.title,
    others: others.map((source) => source.title).join(labels.sourceSeparator),
  });
}
