import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import { readableColors } from './readable-colors';

// One calm, clinical look: a teal accent, system fonts (nothing fetched from a font CDN),
// generous sizes for reading long lists, soft borders instead of heavy shadows. Every text and
// control colour reads at WCAG AA (see readable-colors).
export const theme = createTheme({
  colors: readableColors,
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, "SFMono-Regular", "Cascadia Code", "Liberation Mono", Menlo, monospace',
  headings: {
    fontWeight: '650',
  },
  components: {
    // On a narrow screen the words beside a badge or button wrap; the badge or button itself
    // keeps its full label (a status cut to "Ac…" or a clipped main action says nothing).
    // Plain objects rather than `Table.extend(…)`: importing a component here would put it in
    // the first load of every screen, used or not.
    Badge: { defaultProps: { radius: 'sm' }, styles: { root: { flexShrink: 0 } } },
    Button: { styles: { root: { flexShrink: 0 } } },
    Paper: { defaultProps: { shadow: 'none' } },
    Table: { defaultProps: { highlightOnHover: false } },
    // A value with no break opportunity (an email address, a long name) wraps inside its column
    // instead of pushing the whole page wider than a phone (the chart was 392 px at 390).
    DataList: { styles: { itemValue: { minWidth: 0, overflowWrap: 'anywhere' } } },
    // Mantine's close button is an icon alone: without a name a screen reader says "button".
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } },
  },
});

/** Placeholders are text too: Mantine's stock grey 5 reads at 2:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});
