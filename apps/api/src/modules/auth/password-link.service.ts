import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Config } from '../../config/config.js';
import { NotFoundError } from '../../graphql/errors.js';
import type { Logger } from '../../logging/logger.js';
import { createMailer, type Mailer, type OutgoingMail } from '../mail/mailer.js';
import type { PasswordLinkPurpose } from './password-link.entity.js';
import { passwordLinkMail } from './password-link-mail.js';
import { hashToken } from './session.service.js';

/** How long a set-password link works (issue 17: 24 hours). */
export const PASSWORD_LINK_HOURS = 24;

interface LinkDelivery {
  publicUrl: string;
  mailer: Mailer | null;
  logger: Logger | null;
  /** Development only: without a mail server, the log is how a reset link reaches the tester. */
  logLinks: boolean;
}

let delivery: LinkDelivery = {
  publicUrl: 'http://localhost:5173',
  mailer: null,
  logger: null,
  logLinks: false,
};

/**
 * Set once at start-up (server.ts). Module state because `issuePasswordLink`'s shared signature
 * takes only the transaction it writes in, and callers (admin invitations, password resets)
 * should not each have to carry the mail settings.
 */
export function configurePasswordLinks(config: Config, logger: Logger): void {
  delivery = {
    publicUrl: config.publicUrl,
    mailer: createMailer(config.mail),
    logger,
    logLinks: config.env === 'development',
  };
}

/**
 * The web app's set-password page with the token in the fragment: browsers never send a
 * fragment to a server, so the token stays out of access logs and Referer headers.
 */
export function setPasswordUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/set-password#token=${token}`;
}

export interface IssuedLink {
  staffId: string;
  url: string;
  expiresAt: Date;
}

type Recipient = { staffId: string } | { email: string };

/**
 * Issues a link to the active member of staff `to` names, revoking their earlier unused links, in
 * one statement that does the same work whether or not anyone matches (so a reset asked for an
 * unknown email takes as long as one for a known email). Null when nobody matches.
 */
async function issueLink(
  manager: EntityManager,
  to: Recipient,
  purpose: PasswordLinkPurpose,
  issuedById: string | null,
): Promise<IssuedLink | null> {
  const token = randomBytes(32).toString('base64url');
  const match = 'staffId' in to ? 'id = $1::uuid' : 'lower(email) = lower($1)';
  const [row] = await manager.query<
    { staff_id: string; expires_at: Date; email: string; first_name: string }[]
  >(
    `WITH target AS (SELECT id, email, first_name FROM staff WHERE ${match} AND active),
     revoked AS (
       UPDATE password_link l SET revoked_at = now() FROM target
       WHERE l.staff_id = target.id AND l.used_at IS NULL AND l.revoked_at IS NULL),
     link AS (
       INSERT INTO password_link (token_hash, purpose, staff_id, issued_by_id, expires_at)
       SELECT $2, $3, target.id, $4, now() + make_interval(hours => $5) FROM target
       RETURNING staff_id, expires_at)
     SELECT link.staff_id, link.expires_at, target.email, target.first_name
     FROM link JOIN target ON target.id = link.staff_id`,
    [
      'staffId' in to ? to.staffId : to.email.trim(),
      hashToken(token),
      purpose,
      issuedById,
      PASSWORD_LINK_HOURS,
    ],
  );
  if (!row) return null;
  const link = {
    staffId: row.staff_id,
    url: setPasswordUrl(delivery.publicUrl, token),
    expiresAt: row.expires_at,
  };
  deliver(
    row.staff_id,
    link.url,
    passwordLinkMail({ purpose, to: row.email, firstName: row.first_name, ...link }),
  );
  return link;
}

/**
 * Mails the link when SMTP is configured, without waiting: the caller's answer (and its timing)
 * never depends on the mail server, and a failed delivery is logged rather than undoing the
 * invitation (the admin screen shows the link to copy). Sent before the caller's transaction
 * commits; should that transaction fail, the mailed link is simply one that does not work.
 */
function deliver(staffId: string, url: string, mail: OutgoingMail): void {
  const { mailer, logger } = delivery;
  if (mailer) {
    mailer.send(mail).catch((err: unknown) => {
      logger?.error({ err, staffId }, 'a set-password link could not be mailed');
    });
  } else if (delivery.logLinks) {
    logger?.info({ staffId, url }, 'set-password link (SMTP_URL is not set, so it was not mailed)');
  }
}

/**
 * A one-time link for a member of staff to set their password: an invitation (new account) or a
 * reset. Earlier unused links of that person stop working. Mailed when SMTP is configured.
 */
export async function issuePasswordLink(
  manager: EntityManager,
  args: { staffId: string; purpose: 'INVITE' | 'RESET'; issuedById: string | null },
): Promise<{ url: string; expiresAt: Date }> {
  const link = await issueLink(manager, { staffId: args.staffId }, args.purpose, args.issuedById);
  if (!link) throw new NotFoundError('Staff');
  return { url: link.url, expiresAt: link.expiresAt };
}

/**
 * A reset link for whoever has `email`, if an active member of staff does (answers their id, or
 * null); the same statement runs either way.
 */
export async function issueResetLinkByEmail(
  manager: EntityManager,
  email: string,
): Promise<string | null> {
  return (await issueLink(manager, { email }, 'RESET', null))?.staffId ?? null;
}

/**
 * Uses up a link: marks it used and answers whose it was, or null when the token is unknown,
 * already used, revoked by a newer link, expired, or its person deactivated. One guarded UPDATE,
 * so two concurrent uses of one link cannot both succeed.
 */
export async function consumePasswordLink(
  manager: EntityManager,
  token: string,
): Promise<{ staffId: string; purpose: PasswordLinkPurpose } | null> {
  // TypeORM answers a raw UPDATE with [rows, affected count].
  const [[row]] = await manager.query<
    [{ staff_id: string; purpose: PasswordLinkPurpose }[], number]
  >(
    `UPDATE password_link l SET used_at = now() FROM staff s
     WHERE l.token_hash = $1 AND s.id = l.staff_id AND s.active
       AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > now()
     RETURNING l.staff_id, l.purpose`,
    [hashToken(token)],
  );
  return row ? { staffId: row.staff_id, purpose: row.purpose } : null;
}
