import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateProgramInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';

const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      id
      code
      name
    }
  }
`);

export type CreateProgramResult =
  | { kind: 'created'; programId: string }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'failed'; error: unknown };

/** Creates a program (administrators); the program list is asked for again. */
export function useCreateProgramMutation() {
  const [mutate, { loading }] = useMutation(CreateProgramMutation, {
    refetchQueries: ['ManagedPrograms'],
    awaitRefetchQueries: true,
  });
  const create = async (input: CreateProgramInput): Promise<CreateProgramResult> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return { kind: 'created', programId: data!.createProgram.id };
    } catch (error) {
      if (apiError(error)?.code === 'BAD_USER_INPUT') {
        return { kind: 'invalid', fields: fieldErrors(error) };
      }
      return { kind: 'failed', error };
    }
  };
  return { create, creating: loading };
}
