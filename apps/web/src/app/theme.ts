import { Badge, createTheme, Paper, Table } from '@mantine/core';

// One calm, clinical look: a teal accent, system fonts (nothing fetched from a font CDN),
// generous sizes for reading long lists, soft borders instead of heavy shadows.
export const theme = createTheme({
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
    Badge: Badge.extend({ defaultProps: { radius: 'sm' } }),
    Paper: Paper.extend({ defaultProps: { shadow: 'none' } }),
    Table: Table.extend({ defaultProps: { highlightOnHover: false } }),
  },
});
