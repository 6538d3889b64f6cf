/**
 * A dark card on a dark page, a light one on a light page; the system's
 * scheme where the page has no background of its own.
 */
import { themeOfBackgrounds, type Theme } from '@/utils/color';

export function pageTheme(doc: Document): Theme {
  const view = doc.defaultView;
  const backgrounds = [doc.body, doc.documentElement]
    .filter((element): element is HTMLElement => element != null)
    .map((element) => view?.getComputedStyle(element).backgroundColor ?? '');
  const fromPage = themeOfBackgrounds(backgrounds);
  if (fromPage) return fromPage;
  return view?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
