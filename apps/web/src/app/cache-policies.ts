import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // One cached list per filter; pages fetched with `after` ("Load more") are appended to it.
      clients: relayStylePagination(['filter']),
      // One access log per chart, grown by "Load more" the same way.
      chartAccessLog: relayStylePagination(['clientId']),
    },
  },
};
