import { describe, expect, it } from 'vitest';
import { parseRgb, themeOfBackgrounds } from '../../utils/color';

describe('page theme', () => {
  it.each([
    [['rgb(255, 255, 255)'], 'light'],
    [['rgb(18, 18, 18)'], 'dark'],
    [['rgba(0, 0, 0, 0)', 'rgb(32, 33, 36)'], 'dark'],
    [['rgba(0, 0, 0, 0)', 'rgb(251, 250, 247)'], 'light'],
    [['rgb(119, 119, 119)'], 'light'],
    [['rgb(90, 90, 90)'], 'dark'],
    [['rgb(0 0 0 / 0.2)', 'rgb(250, 250, 250)'], 'light'],
  ])('%j reads as %s', (backgrounds, theme) => {
    expect(themeOfBackgrounds(backgrounds)).toBe(theme);
  });

  it('is undecided when every background is transparent', () => {
    expect(themeOfBackgrounds(['rgba(0, 0, 0, 0)', 'transparent'])).toBeUndefined();
  });

  it('parses the colour forms browsers report', () => {
    expect(parseRgb('rgba(10, 20, 30, 0.5)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseRgb('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseRgb('color(srgb 1 0 0)')).toBeUndefined();
  });
});
