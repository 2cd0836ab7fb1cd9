import type { ComponentType } from 'react';
import type { PasswordOwner } from '@waypoint/domain';
import { ChangePasswordSection } from './change-password-section';
import { MfaSection } from '../mfa/mfa-section';
import { SessionsSection } from './sessions-section';

export interface AccountSectionProps {
  /** Whose account this is (the signed-in person). */
  owner: PasswordOwner;
}

export interface AccountSection {
  /** The section's anchor and test id. */
  id: string;
  title: string;
  description: string;
  Component: ComponentType<AccountSectionProps>;
}

/**
 * The sections of "My account", in the order shown. A new part of the account (such as
 * two-step sign-in) is one more entry here.
 */
export const accountSections: AccountSection[] = [
  {
    id: 'password',
    title: 'Password',
    description: 'Changing it signs you out everywhere else.',
    Component: ChangePasswordSection,
  },
  {
    id: 'mfa',
    title: 'Two-step sign-in (MFA)',
    description: 'A code from an authenticator app on your phone, asked for after your password.',
    Component: MfaSection,
  },
  {
    id: 'sessions',
    title: 'Where you are signed in',
    description: 'Sign out anywhere you no longer use, or everywhere at once.',
    Component: SessionsSection,
  },
];
