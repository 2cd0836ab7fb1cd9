import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { BACKGROUND_REQUEST_HEADER } from '@waypoint/domain';
import { parse } from 'graphql';
import { of } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivityTracker, lastServerActivity } from './idle-clock';
import { activityLink, endsSession } from './session-links';

const failed = (code: string, field: string) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'm', path: [field], extensions: { code } }],
  });

describe('noticing that a session has ended', () => {
  it('any operation refused as UNAUTHENTICATED ends the session in the app', () => {
    expect(endsSession(failed('UNAUTHENTICATED', 'clients'))).toBe(true);
    expect(endsSession(failed('UNAUTHENTICATED', 'updateClient'))).toBe(true);
  });

  it('a refused sign-in (wrong password, too many attempts) does not', () => {
    expect(endsSession(failed('UNAUTHENTICATED', 'signIn'))).toBe(false);
  });

  it('nor does a refused second step of signing in (a code, or setting up MFA)', () => {
    for (const step of ['completeSignIn', 'startMfaEnrolment', 'confirmMfaEnrolment']) {
      expect(endsSession(failed('UNAUTHENTICATED', step))).toBe(false);
    }
  });

  it('other refusals and network failures do not', () => {
    expect(endsSession(failed('FORBIDDEN', 'client'))).toBe(false);
    expect(endsSession(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('marking background requests', () => {
  // Parsed rather than tagged: a made-up operation the API's schema does not have (codegen only
  // reads the app's tagged documents).
  const Query = parse('query Figures { figures }');

  function clientRecordingHeaders(tracker: ActivityTracker) {
    const sent: (Record<string, string> | undefined)[] = [];
    const api = new ApolloLink((operation) => {
      sent.push((operation.getContext() as { headers?: Record<string, string> }).headers);
      return of({ data: { figures: sent.length } });
    });
    const client = new ApolloClient({
      link: ApolloLink.from([activityLink(tracker), api]),
      cache: new InMemoryCache(),
    });
    const ask = (background: boolean) =>
      client.query({ query: Query, fetchPolicy: 'network-only', context: { background } });
    return { sent, ask };
  }

  afterEach(() => vi.useRealTimers());

  it('a refresh nobody asked for carries the header and leaves the idle clock alone', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    const { sent, ask } = clientRecordingHeaders(new ActivityTracker());
    await ask(false);
    expect(sent[0]?.[BACKGROUND_REQUEST_HEADER]).toBeUndefined();
    expect(lastServerActivity()).toBe(1_000_000);

    vi.setSystemTime(1_030_000);
    await ask(true);
    expect(sent[1]).toEqual({ [BACKGROUND_REQUEST_HEADER]: '1' });
    expect(lastServerActivity()).toBe(1_000_000);
  });

  it('the user’s requests, and a refresh right after their input, are activity', async () => {
    vi.useFakeTimers({ now: 2_000_000, toFake: ['Date'] });
    const tracker = new ActivityTracker();
    const { sent, ask } = clientRecordingHeaders(tracker);
    await ask(false);
    vi.setSystemTime(2_030_000);
    tracker.recordUserInput();
    await ask(true);
    expect(sent[1]?.[BACKGROUND_REQUEST_HEADER]).toBeUndefined();
    expect(lastServerActivity()).toBe(2_030_000);
  });
});
