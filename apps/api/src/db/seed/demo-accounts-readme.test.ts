import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_STAFF } from './demo-staff.js';

it('the README lists every demo account and the demo password', () => {
  const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');
  expect(readme).toContain(`\`${DEMO_PASSWORD}\``);
  for (const staff of DEMO_STAFF) expect(readme).toContain(`\`${staff.email}\``);
});
