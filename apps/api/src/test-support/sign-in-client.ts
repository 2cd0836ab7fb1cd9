import { createTestStaff } from '../testing/factories.js';
import type { TestServer } from './test-server.js';
import { hashPassword } from '../modules/auth/password.js';

export const PASSWORD = 'correct horse battery staple';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { staff { id displayName } programRoles { role program { id } } } }`;

const run = Math.floor(Math.random() * 0xffff).toString(16);
let addresses = 0;

/** A client address no other test or run uses (IPv6 documentation range). */
export function testAddress(): string {
  return `2001:db8:${run}::${(++addresses).toString(16)}`;
}

export interface SignInAnswer {
  body: {
    data?: { signIn: { staff: { id: string } } } | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  setCookie: string | null;
}

/**
 * Signs in over real HTTP from `address` (the API trusts X-Forwarded-For from loopback, where a
 * proxy would sit), so tests choose where each attempt comes from.
 */
export async function signInFrom(
  server: TestServer,
  address: string,
  email: string,
  password: string,
): Promise<SignInAnswer> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  return {
    body: (await res.json()) as SignInAnswer['body'],
    setCookie: res.headers.get('set-cookie'),
  };
}

/** A clinician of `programId` whose password is PASSWORD. */
export async function newAccount(server: TestServer, programId: string) {
  const ds = server.database.dataSource;
  const staff = await createTestStaff(ds, [{ programId, role: 'CLINICIAN' }]);
  await ds.query('UPDATE staff SET password_hash = $1 WHERE id = $2', [
    await hashPassword(PASSWORD),
    staff.id,
  ]);
  return staff;
}

/** One GraphQL request with a session cookie and extra headers; answers the error code, if any. */
export async function errorCodeOf(
  server: TestServer,
  cookie: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return body.errors?.[0]?.extensions?.code;
}
