/** Only https links from the dataset are ever rendered as links: anything else (javascript:, http:, junk) is text. */
export function safeHref(url: string): string | undefined {
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
