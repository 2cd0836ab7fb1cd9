import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { getFragmentData, graphql } from '../../gql';
import type { UpdateProgramSettingsInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { ProgramSettingsFormFragment } from './program-queries';
import { formValuesOf, type SettingsValues } from './settings-values';

const UpdateProgramSettingsMutation = graphql(`
  mutation UpdateProgramSettings($input: UpdateProgramSettingsInput!) {
    updateProgramSettings(input: $input) {
      __typename
      ... on Program {
        id
        ...ProgramSettingsForm_program
      }
      ... on ProgramConflict {
        message
        savedAt
        savedBy {
          id
          displayName
        }
        current {
          id
          ...ProgramSettingsForm_program
        }
      }
    }
  }
`);

/** Their saved version, as a conflict shows it. */
export interface TheirSettings {
  version: number;
  values: SettingsValues;
  savedAt: string | null;
  savedBy: string | null;
}

export type SaveSettingsResult =
  | { kind: 'saved' }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'conflict'; theirs: TheirSettings }
  | { kind: 'forbidden' }
  | { kind: 'signed-out' }
  | { kind: 'failed'; error: unknown };

/**
 * Everything cached from the server except who is signed in: settings decide review due dates,
 * access windows and targets that lists, charts and dashboards show, so after a change they are
 * all asked for again rather than shown as computed under the old settings.
 */
function forgetAllButViewer(cache: ApolloCache) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: (value: unknown, { fieldName, DELETE }) => (fieldName === 'me' ? value : DELETE),
  });
  cache.gc();
}

/** Saves a program's settings and says what happened in terms the form can act on. */
export function useUpdateProgramSettingsMutation() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(UpdateProgramSettingsMutation);

  const save = async (input: UpdateProgramSettingsInput): Promise<SaveSettingsResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      const answer = data?.updateProgramSettings;
      if (answer?.__typename === 'ProgramConflict') {
        const theirs = getFragmentData(ProgramSettingsFormFragment, answer.current);
        return {
          kind: 'conflict',
          theirs: {
            version: theirs.version,
            values: formValuesOf(theirs),
            savedAt: answer.savedAt ?? null,
            savedBy: answer.savedBy?.displayName ?? null,
          },
        };
      }
      forgetAllButViewer(client.cache);
      return { kind: 'saved' };
    } catch (error) {
      switch (apiError(error)?.code) {
        case 'BAD_USER_INPUT':
          return { kind: 'invalid', fields: fieldErrors(error) };
        case 'FORBIDDEN':
          return { kind: 'forbidden' };
        case 'UNAUTHENTICATED':
          return { kind: 'signed-out' };
        default:
          return { kind: 'failed', error };
      }
    }
  };

  return { save, saving: loading };
}
