import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { BACKGROUND_REQUEST_HEADER } from '@waypoint/domain';
import { parse } from 'graphql';
import { of } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivityTracker } from '../../app/idle-clock';
import { activityLink } from '../../app/session-links';
import { livePolling, POLL_INTERVAL_MS } from './use-live-polling';

afterEach(() => vi.useRealTimers());

describe('the dashboard’s live polling', () => {
  it('sends its refreshes as background requests while nobody touches the page', async () => {
    vi.useFakeTimers();
    const marked: boolean[] = [];
    const api = new ApolloLink((operation) => {
      const headers = (operation.getContext() as { headers?: Record<string, string> }).headers;
      marked.push(headers?.[BACKGROUND_REQUEST_HEADER] === '1');
      return of({ data: { figures: marked.length } });
    });
    const tracker = new ActivityTracker();
    const client = new ApolloClient({
      link: ApolloLink.from([activityLink(tracker), api]),
      cache: new InMemoryCache(),
    });
    // A screen opened by the user (that request counts), then left alone.
    tracker.countsAsActivity(false);
    tracker.recordUserInput();
    const watching = client
      .watchQuery({ query: parse('query Figures { figures }'), ...livePolling })
      .subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(3 * POLL_INTERVAL_MS + 100);
    watching.unsubscribe();
    expect(marked).toEqual([false, true, true, true]);
  });
});
