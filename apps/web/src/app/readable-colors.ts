import { DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's stock shades read at 3.3:1 (grey secondary text) to 3.9:1 (teal links and buttons)
 * on white, below WCAG AA. The palettes here keep Mantine's hues and light shades and darken
 * only the shades that carry text or outline controls, just enough to pass:
 *  - shades 6 to 8 (error text, filled buttons with white text, coloured text, links): 4.5:1 on
 *    white, the page's greys and the palette's own tints; grey 6 (`dimmed` secondary text,
 *    placeholders) on every palette's tints as well, since notes sit inside coloured alerts,
 *  - shade 9 (text of `light` badges, buttons and alerts): 4.5:1 on its own shades 1 and 2.
 */

const AA_TEXT = 4.5;
/** A little over the threshold, so rounding in a browser's colour pipeline cannot tip it under. */
const TARGET = AA_TEXT + 0.1;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour, darkened in small steps towards black until it reads on every background. */
export function darkenUntilReadable(hex: string, backgrounds: readonly string[]): string {
  const rgb = channels(hex);
  for (let keep = 1; keep > 0; keep -= 0.01) {
    const candidate = toHex(rgb.map((c) => c * keep) as [number, number, number]);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= TARGET)) return candidate;
  }
  return '#000000';
}

const stock = DEFAULT_THEME.colors;
const WHITE = '#ffffff';

/** The pale surfaces text sits on: white, the page's grey, and every palette's light shades. */
export const lightBackgrounds: readonly string[] = [
  WHITE,
  ...Object.values(stock).flatMap((p) => [p[0], p[1]]),
];

function readable(name: string, palette: MantineColorsTuple): MantineColorsTuple {
  const [s0, s1, s2, s3, s4, s5, s6, s7, s8, s9] = palette;
  const own = [WHITE, s0, s1, stock.gray[0], stock.gray[1]];
  return [
    s0,
    s1,
    s2,
    s3,
    s4,
    s5,
    darkenUntilReadable(s6, name === 'gray' ? lightBackgrounds : own),
    darkenUntilReadable(s7, own),
    darkenUntilReadable(s8, own),
    darkenUntilReadable(s9, [...own, s2]),
  ];
}

/** Every Mantine palette, with its text-carrying shades made readable. */
export const readableColors: Record<string, MantineColorsTuple> = Object.fromEntries(
  Object.entries(stock).map(([name, palette]) => [name, readable(name, palette)]),
);
