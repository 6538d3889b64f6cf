/**
 * Tells a dark page from a light one by its background colour, so the card
 * matches the page the reader is on rather than only the system setting.
 */

export type Theme = 'light' | 'dark';

/** Parses `rgb(…)`/`rgba(…)` as getComputedStyle reports colours; undefined for anything else. */
export function parseRgb(css: string): { r: number; g: number; b: number; a: number } | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Below this luminance a background reads as dark: mid-grey (#777, 0.18) and
 * darker pages get the dark card. Chosen so black text on the background
 * would fall short of 4.5:1 contrast.
 */
const DARK_BELOW = 0.18;

/**
 * The theme for a page whose background colours are given from the innermost
 * (body) outwards; the first mostly opaque one decides. Undefined when all are
 * transparent: the caller falls back to the system's colour scheme.
 */
export function themeOfBackgrounds(backgrounds: readonly string[]): Theme | undefined {
  for (const css of backgrounds) {
    const rgb = parseRgb(css);
    if (rgb && rgb.a >= 0.5) return luminance(rgb) < DARK_BELOW ? 'dark' : 'light';
  }
  return undefined;
}
