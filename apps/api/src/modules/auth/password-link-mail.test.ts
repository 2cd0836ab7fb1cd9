import { describe, expect, it } from 'vitest';
import { passwordLinkMail } from './password-link-mail.js';

const link = {
  to: 'maria.okafor@clinic.example.org',
  firstName: 'Maria',
  url: 'https://waypoint.example.org/set-password#token=abc',
  expiresAt: new Date('2026-12-05T23:00:00Z'),
};

describe('the set-password mail', () => {
  it('invites a new member of staff with the link and when it stops working', () => {
    const mail = passwordLinkMail({ ...link, purpose: 'INVITE' });
    expect(mail.to).toBe(link.to);
    expect(mail.subject).toBe('Your Waypoint account');
    expect(mail.text).toContain('Hello Maria,');
    expect(mail.text).toContain(`\n${link.url}\n`);
    expect(mail.text).toContain('The link works once, until Sat, 05 Dec 2026 23:00:00 GMT.');
  });

  it('a reset says the password stays as it is when nobody asked', () => {
    const mail = passwordLinkMail({ ...link, purpose: 'RESET' });
    expect(mail.subject).toBe('Reset your Waypoint password');
    expect(mail.text).toContain('ignore this message: your password stays as it is');
  });
});
