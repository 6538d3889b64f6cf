import { useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardEntity } from '@/utils/messages';
import { cardView, firstView, nextCandidate } from '@/utils/card-view';
import { fill } from '@/utils/i18n';
import { DEFAULT_CARD_LABELS, type CardLabels } from './card/labels';
import { atTheTimeText, formatDate } from './card/format';
import { focusCard } from './card/focus';
import { LineList, MoreButton } from './card/LineList';

export { DEFAULT_CARD_LABELS, cardLabelsFrom, cardMessageKey, CARD_LABEL_NAMES } from './card/labels';
export type { CardLabels } from './card/labels';
export { focusCard, CARD_DIALOG_SELECTOR, CARD_FOCUSABLE_SELECTOR } from './card/focus';

export interface RelatedName {
  id: string;
  name: string;
}

export interface CardProps {
  entity: CardEntity;
  topicLabel: string;
  topicColor: string;
  /** Matches the page: a dark card on a dark page. */
  theme: 'light' | 'dark';
  /** The story's publication day (YYYY-MM-DD) and where it was read, phrased for the reader ("the page's metadata"). */
  story?: { date: string; sourceLabel: string };
  /** The paragraph around the mention: facts sharing its words come first. */
  context?: string;
  /** The name as the page wrote it ("Роскосмос"); shown when it differs from the card's name. */
  pageName?: string;
  /** Entities to offer next, by name (the host resolves `entity.related` ids to names). */
  related?: RelatedName[];
  /** The previous card's name, when this card was opened from it: shows a way back. */
  backTo?: string;
  onOpenRelated?: (id: string) => void;
  onBack?: () => void;
  /** Called when the reader presses the close button. */
  onClose: () => void;
  /** The reader's language; English where a label is missing. */
  labels?: Partial<CardLabels>;
  /** Today (YYYY-MM-DD); defaults to the reader's calendar day. */
  today?: string;
  /** Focus on mount and whenever the entity changes: the dialog (its name is read) or its first control. */
  initialFocus?: 'dialog' | 'first';
}

/**
 * The first view's height budget: about 300 px at 1280×800, and never over
 * 40% of the window, so a card placed below a name leaves the lines the
 * reader was about to read in view, and nothing scrolls inside it.
 */
export const CARD_MAX_HEIGHT_PX = 300;
export const CARD_MAX_VIEWPORT_SHARE = 0.4;

/** Related names on a card: one short line; the dataset lists the most useful first. */
export const RELATED_SHOWN = 3;

/** Decisions for the candidates before `index`, padded with "not shown", and the one at `index`. */
function decide(decided: readonly boolean[], index: number, value: boolean): boolean[] {
  const next = [...decided];
  for (let i = decided.length; i < index; i += 1) next[i] = false;
  next[index] = value;
  return next;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether the page's form of the name adds anything: not when it is the name, or a part of it, in any case. */
function differentPageName(pageName: string | undefined, name: string): string | undefined {
  const form = pageName?.replace(/\s+/g, ' ').trim();
  if (!form) return undefined;
  return name.toLocaleLowerCase().includes(form.toLocaleLowerCase()) ? undefined : form;
}

/**
 * The card for one entity, placed against the story it is read in. Props in,
 * callbacks out: no extension APIs here.
 *
 * The dialog element stays the same when the entity changes (a related name
 * or "Back" swaps the content in place), so a host's listeners on it keep
 * working; it has tabIndex=-1 so a host can move focus into it (`focusCard`).
 */
export function Card(props: CardProps) {
  const { entity, topicLabel, topicColor, theme, story, context, backTo, related = [] } = props;
  const labels = useMemo(() => ({ ...DEFAULT_CARD_LABELS, ...props.labels }), [props.labels]);
  const today = props.today ?? localToday();
  const view = useMemo(
    () => cardView(entity, { storyDate: story?.date, context, today }),
    [entity, story?.date, context, today],
  );
  const uid = useId();
  const titleId = `${uid}-title`;
  const dialogRef = useRef<HTMLDivElement>(null);
  const [openLists, setOpenLists] = useState<Record<string, boolean>>({});
  // The first view is fitted to the height budget by measuring, before paint: each candidate line
  // (utils/card-view.ts says which, in which order) is tried once and kept only if the card still fits.
  const [plan, setPlan] = useState<{ view: typeof view; decided: boolean[] }>({ view, decided: [] });
  const decided = plan.view === view ? plan.decided : [];
  const trial = nextCandidate(view, decided);
  const { lead, more, since, sinceMore } = firstView(
    view,
    trial === undefined ? decided : decide(decided, trial, true),
  );
  /** Set when the reader swaps the card from inside it, so focus follows the new content. */
  const refocus = useRef(false);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (refocus.current) {
      refocus.current = false;
      focusCard(dialog.parentNode ?? dialog, 'dialog');
    } else if (props.initialFocus) {
      focusCard(dialog.parentNode ?? dialog, props.initialFocus);
    }
    // Focus moves when the card shows another entity, not on every render.
  }, [entity.id]);

  const isOpen = (list: string) => openLists[`${entity.id}:${list}`] === true;
  const expanded = isOpen('more') || isOpen('since');
  // Related names are tried after every fact line and kept on the first view only if the card still fits;
  // an opened "N more" shows them whatever the height.
  const [relatedPlan, setRelatedPlan] = useState<{ view: typeof view; fits: boolean } | undefined>();
  const relatedFits = relatedPlan?.view === view ? relatedPlan.fits : undefined;
  const hasRelated = related.length > 0 && props.onOpenRelated !== undefined;
  const showRelated = hasRelated && (expanded || (trial === undefined && relatedFits !== false));
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const win = dialog?.ownerDocument.defaultView;
    // An open "N more" is the reader's choice: the first view is decided before it can be opened.
    if (!dialog || !win || expanded) return;
    const limit = Math.min(CARD_MAX_HEIGHT_PX, CARD_MAX_VIEWPORT_SHARE * win.innerHeight);
    const needed = dialog.scrollHeight + dialog.offsetHeight - dialog.clientHeight;
    if (trial !== undefined) setPlan({ view, decided: decide(decided, trial, needed <= limit) });
    else if (hasRelated && relatedFits === undefined) setRelatedPlan({ view, fits: needed <= limit });
  });

  const toggle = (list: string) => setOpenLists((lists) => ({ ...lists, [`${entity.id}:${list}`]: !isOpen(list) }));
  const pageName = differentPageName(props.pageName, entity.name);
  const atTheTime = atTheTimeText(view.atTheTime, view.storyDate ? 'story' : 'now', labels);
  const storyDate = view.storyDate ? formatDate(view.storyDate, labels) : undefined;
  const moreId = `${uid}-more`;
  const sinceMoreId = `${uid}-since-more`;
  /** The disclosure of a list's hidden rest: `list` keys its open state, `controls` is the rest's id. */
  const moreButton = (list: string, count: number, controls: string) => (
    <MoreButton count={count} labels={labels} controls={controls} open={isOpen(list)} onToggle={() => toggle(list)} />
  );
  const leadMore = moreButton('more', more.length, moreId);
  const sinceMoreButton = moreButton('since', sinceMore.length, sinceMoreId);
  const swap = (action: (() => void) | undefined) => () => {
    if (!action) return;
    refocus.current = true;
    action();
  };

  return (
    <div
      ref={dialogRef}
      class={`card ${theme}${expanded ? ' expanded' : ''}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ '--topic': topicColor }}
    >
      {backTo && props.onBack ? (
        <button type="button" class="back" onClick={swap(props.onBack)}>
          <span aria-hidden="true">← </span>
          {fill(labels.back, { name: backTo })}
        </button>
      ) : null}
      <div class="card-header">
        <p class="topic-line">
          <span class="topic">{topicLabel}</span>
          {pageName ? <span class="page-name">{fill(labels.pageName, { name: pageName })}</span> : null}
        </p>
        <h2 class="name" id={titleId}>
          {entity.name}
        </h2>
        <button
          type="button"
          class="close"
          aria-label={fill(labels.close, { name: entity.name })}
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      <p class="summary">
        {entity.summary}
        {!atTheTime && lead.length === 0 ? leadMore : null}
      </p>
      {atTheTime ? (
        <p class="at-the-time">
          {atTheTime}
          {lead.length === 0 ? leadMore : null}
        </p>
      ) : null}
      <LineList lines={lead} labels={labels} trailing={leadMore} />
      <LineList lines={more} labels={labels} id={moreId} hidden={!isOpen('more')} />
      {storyDate && (since.length > 0 || sinceMore.length > 0) ? (
        <section class="since" aria-labelledby={`${uid}-since`}>
          <h3 class="since-heading" id={`${uid}-since`}>
            {fill(labels.sinceStory, { date: storyDate })}
          </h3>
          <LineList lines={since} labels={labels} trailing={sinceMoreButton} />
          {since.length === 0 ? sinceMoreButton : null}
          <LineList lines={sinceMore} labels={labels} id={sinceMoreId} hidden={!isOpen('since')} />
        </section>
      ) : null}
      {showRelated ? (
        <div class="related" role="group" aria-labelledby={`${uid}-related`}>
          <span class="related-label" id={`${uid}-related`}>
            {labels.related}
          </span>
          {related.slice(0, RELATED_SHOWN).map((item) => (
            <button
              key={item.id}
              type="button"
              class="related-name"
              onClick={swap(() => props.onOpenRelated?.(item.id))}
            >
              {item.name}
            </button>
          ))}
        </div>
      ) : null}
      {storyDate && story ? (
        <p class="story-date">{fill(labels.storyDated, { date: storyDate, source: story.sourceLabel })}</p>
      ) : null}
    </div>
  );
}
