import type { OutgoingMail } from '../mail/mailer.js';
import type { PasswordLinkPurpose } from './password-link.entity.js';

/** The message that carries a set-password link. Plain text: nothing to render or track. */
export function passwordLinkMail(link: {
  purpose: PasswordLinkPurpose;
  to: string;
  firstName: string;
  url: string;
  expiresAt: Date;
}): OutgoingMail {
  const until = link.expiresAt.toUTCString();
  const opening =
    link.purpose === 'INVITE'
      ? 'An account has been created for you in Waypoint. Choose your password here:'
      : 'Someone (we hope you) asked to reset your Waypoint password. Choose a new one here:';
  const closing =
    link.purpose === 'INVITE'
      ? 'If you did not expect this, tell your program administrator.'
      : 'If you did not ask for this, ignore this message: your password stays as it is.';
  return {
    to: link.to,
    subject: link.purpose === 'INVITE' ? 'Your Waypoint account' : 'Reset your Waypoint password',
    text: [
      `Hello ${link.firstName},`,
      '',
      opening,
      '',
      link.url,
      '',
      `The link works once, until ${until}.`,
      closing,
    ].join('\n'),
  };
}
