import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import {
  consumePasswordLink,
  issuePasswordLink,
  issueResetLinkByEmail,
} from './password-link.service.js';

let server: TestServer;
let programId: string;

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: 'https://waypoint.example.org/' });
  programId = (await createTestProgram(server.database.dataSource)).id;
});
afterAll(() => server?.close());

const ds = () => server.database.dataSource;
const tokenOf = (url: string) => new URL(url).hash.replace(/^#token=/, '');
const newStaff = () => createTestStaff(ds(), [{ programId, role: 'CLINICIAN' }]);

describe('set-password links', () => {
  it('point at the web app’s set-password page with the token in the fragment, valid 24 hours', async () => {
    const staff = await newStaff();
    const before = Date.now();
    const link = await issuePasswordLink(ds().manager, {
      staffId: staff.id,
      purpose: 'INVITE',
      issuedById: null,
    });
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://waypoint.example.org/set-password');
    expect(url.search).toBe('');
    expect(tokenOf(link.url)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hours = (link.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(23.99);
    expect(hours).toBeLessThan(24.01);
  });

  it('store only the token’s hash', async () => {
    const staff = await newStaff();
    const link = await issuePasswordLink(ds().manager, {
      staffId: staff.id,
      purpose: 'INVITE',
      issuedById: null,
    });
    const token = tokenOf(link.url);
    const [row] = await ds().query<{ token_hash: Buffer }[]>(
      'SELECT token_hash FROM password_link WHERE staff_id = $1',
      [staff.id],
    );
    expect(row!.token_hash.length).toBe(32);
    expect(row!.token_hash.toString('latin1')).not.toContain(token);
  });

  it('work once: a second use of the same link is refused', async () => {
    const staff = await newStaff();
    const link = await issuePasswordLink(ds().manager, {
      staffId: staff.id,
      purpose: 'RESET',
      issuedById: null,
    });
    expect(await consumePasswordLink(ds().manager, tokenOf(link.url))).toEqual({
      staffId: staff.id,
      purpose: 'RESET',
    });
    expect(await consumePasswordLink(ds().manager, tokenOf(link.url))).toBeNull();
  });

  it('stop working once expired', async () => {
    const staff = await newStaff();
    const link = await issuePasswordLink(ds().manager, {
      staffId: staff.id,
      purpose: 'INVITE',
      issuedById: null,
    });
    await ds().query(
      `UPDATE password_link SET expires_at = now() - interval '1 second' WHERE staff_id = $1`,
      [staff.id],
    );
    expect(await consumePasswordLink(ds().manager, tokenOf(link.url))).toBeNull();
  });

  it('issuing a new link revokes the person’s earlier unused ones, and only theirs', async () => {
    const staff = await newStaff();
    const other = await newStaff();
    const issue = (staffId: string) =>
      issuePasswordLink(ds().manager, { staffId, purpose: 'INVITE', issuedById: null });
    const first = await issue(staff.id);
    const others = await issue(other.id);
    const second = await issue(staff.id);
    expect(await consumePasswordLink(ds().manager, tokenOf(first.url))).toBeNull();
    expect(await consumePasswordLink(ds().manager, tokenOf(second.url))).not.toBeNull();
    expect(await consumePasswordLink(ds().manager, tokenOf(others.url))).not.toBeNull();
  });

  it('an unknown token, or a deactivated person’s link, is refused', async () => {
    const staff = await newStaff();
    const link = await issuePasswordLink(ds().manager, {
      staffId: staff.id,
      purpose: 'INVITE',
      issuedById: null,
    });
    expect(await consumePasswordLink(ds().manager, 'x'.repeat(43))).toBeNull();
    await ds().query('UPDATE staff SET active = false WHERE id = $1', [staff.id]);
    expect(await consumePasswordLink(ds().manager, tokenOf(link.url))).toBeNull();
  });

  it('cannot be issued to a deactivated person', async () => {
    const staff = await newStaff();
    await ds().query('UPDATE staff SET active = false WHERE id = $1', [staff.id]);
    await expect(
      issuePasswordLink(ds().manager, { staffId: staff.id, purpose: 'INVITE', issuedById: null }),
    ).rejects.toThrow(/Staff not found/);
  });

  it('a reset by email finds the person whatever the case, and issues nothing for an unknown email', async () => {
    const staff = await newStaff();
    const count = async () =>
      (await ds().query<{ n: number }[]>('SELECT count(*)::int AS n FROM password_link'))[0]!.n;
    await issueResetLinkByEmail(ds().manager, staff.email.toUpperCase());
    const [row] = await ds().query<{ purpose: string; issued_by_id: string | null }[]>(
      'SELECT purpose, issued_by_id FROM password_link WHERE staff_id = $1',
      [staff.id],
    );
    expect(row).toEqual({ purpose: 'RESET', issued_by_id: null });
    const before = await count();
    await issueResetLinkByEmail(ds().manager, 'nobody-at-all@example.org');
    expect(await count()).toBe(before);
  });
});
