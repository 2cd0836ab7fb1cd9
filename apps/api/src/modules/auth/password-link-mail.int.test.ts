import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestProgram, createTestStaff } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** The message as read (nodemailer sends long lines quoted-printable, with soft line breaks). */
function quotedPrintableDecoded(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A real SMTP server in this process (nodemailer's own smtp-server): nothing leaves the machine. */
const inbox: Received[] = [];
let smtp: SMTPServer;
let server: TestServer;
let programId: string;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: quotedPrintableDecoded(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startTestServer({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'Waypoint <no-reply@clinic.example.org>',
    PUBLIC_URL: 'https://waypoint.clinic.example.org',
  });
  programId = (await createTestProgram(server.database.dataSource)).id;
});
afterAll(async () => {
  await server?.close();
  await new Promise<void>((resolve) => smtp?.close(() => resolve()));
});

async function mailTo(address: string): Promise<Received> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const mail = inbox.find((m) => m.to.includes(address));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail reached ${address}`);
}

it('a forgotten password’s link is mailed through SMTP_URL, and the mailed link works', async () => {
  const staff = await createTestStaff(server.database.dataSource, [
    { programId, role: 'CLINICIAN' },
  ]);
  await server.anonymous.gql(
    `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`,
    { input: { email: staff.email } },
  );
  const mail = await mailTo(staff.email);
  expect(mail.from).toBe('no-reply@clinic.example.org');
  expect(mail.data).toMatch(/^Subject: Reset your Waypoint password\r?$/m);
  const token = /https:\/\/waypoint\.clinic\.example\.org\/set-password#token=([\w-]{43})/.exec(
    mail.data,
  )?.[1];
  expect(token).toBeDefined();
  const res = await server.anonymous.gql(
    `mutation ($input: SetPasswordWithLinkInput!) { setPasswordWithLink(input: $input) { email } }`,
    { input: { token, newPassword: 'lantern orchard pebble' } },
  );
  expect(res.data).toEqual({ setPasswordWithLink: { email: staff.email } });
});

it('nothing is mailed for an email without an account', async () => {
  const before = inbox.length;
  const nobody = `nobody-${Date.now()}@example.org`;
  await server.anonymous.gql(
    `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`,
    { input: { email: nobody } },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(inbox.slice(before).filter((m) => m.to.includes(nobody))).toEqual([]);
});
