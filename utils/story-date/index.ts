/** The story's date: parsing the dates pages write, and deciding which one is the story's. */
export { SOURCE_TRUST, describeSource, sourceKind, type SourceKind } from './types';
export type { DateCandidate, DateKind, PageSignals, StoryDate, StoryDateSource } from './types';
export { daysBetween, formatDay, utcDay } from './day';
export { EARLIEST_DATE, parseDateValue, type ParsedDate } from './parse';
export { findWrittenDates, kindFromLabel, readBylineDates, type BylineDate, type WrittenDate } from './written';
export { isSectionUrl, urlPathDate } from './url';
export { isArticleType, jsonLdDates, parseJsonLd, type JsonLdDates } from './json-ld';
export {
  FUTURE_SLACK_DAYS,
  LIVING_PAGE_DAYS,
  MAX_SPREAD_DAYS,
  MIN_DATED_TEASERS,
  decideStoryDate,
  isListingPage,
} from './decide';
