import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  darkenUntilReadable,
  lightBackgrounds,
  readableColors,
} from './readable-colors';

describe('contrastRatio', () => {
  it('matches the WCAG extremes and a known pair', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // Mantine's stock grey 6 on white: the 3.3:1 that axe reported.
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });
});

describe('darkenUntilReadable', () => {
  it('leaves a colour that already reads alone', () => {
    expect(darkenUntilReadable('#212529', ['#ffffff'])).toBe('#212529');
  });
  it('darkens a pale one just past 4.5:1', () => {
    const darker = darkenUntilReadable('#12b886', ['#ffffff']);
    expect(contrastRatio(darker, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(darker, '#ffffff')).toBeLessThan(5.2);
  });
});

describe('readableColors', () => {
  const names = Object.keys(DEFAULT_THEME.colors).filter((n) => n !== 'dark');

  it.each(names)(
    '%s: filled buttons, text and links read at 4.5:1 on white and the page greys',
    (name) => {
      const p = readableColors[name]!;
      for (const shade of [6, 7, 8, 9]) {
        for (const bg of ['#ffffff', DEFAULT_THEME.colors.gray[0], DEFAULT_THEME.colors.gray[1]]) {
          expect(contrastRatio(p[shade]!, bg)).toBeGreaterThanOrEqual(4.5);
        }
      }
    },
  );

  it.each(names)('%s: the text of light badges reads on their tint, hovered too', (name) => {
    const p = readableColors[name]!;
    expect(contrastRatio(p[9], p[1])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p[9], p[2])).toBeGreaterThanOrEqual(4.5);
  });

  it('secondary (dimmed) grey reads on every light surface, coloured alerts included', () => {
    for (const bg of lightBackgrounds) {
      expect(contrastRatio(readableColors.gray![6], bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the light tints as they were', () => {
    expect(readableColors.teal!.slice(0, 6)).toEqual(DEFAULT_THEME.colors.teal.slice(0, 6));
  });
});
