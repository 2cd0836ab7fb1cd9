import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CreateGroupInput, UpdateGroupInput } from '../../gql/graphql';
import { apiError, fieldErrors } from '../../ui/graphql-errors';
import { describeError } from '../../ui/error-message';

export type SaveResult =
  | { kind: 'saved'; id: string }
  | { kind: 'invalid'; fields: Record<string, string>; message: string }
  | { kind: 'conflict' }
  | { kind: 'full'; message: string }
  | { kind: 'failed'; message: string };

const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      ...GroupDetails_group
    }
  }
`);

const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      __typename
      ... on Group {
        id
        ...GroupDetails_group
      }
      ... on GroupConflict {
        current {
          id
          ...GroupDetails_group
        }
      }
    }
  }
`);

const EnrollClientMutation = graphql(`
  mutation EnrollClient($input: EnrollClientInput!) {
    enrollClient(input: $input) {
      id
      status
    }
  }
`);

const EndEnrollmentMutation = graphql(`
  mutation EndEnrollment($input: EndEnrollmentInput!) {
    endEnrollment(input: $input) {
      __typename
      ... on GroupEnrollment {
        id
        status
      }
    }
  }
`);

/** A failed save, told as the form needs it: field errors, a full group, or a message. */
export function failure(error: unknown): SaveResult {
  const e = apiError(error);
  if (e?.extensions.reason === 'GROUP_FULL') return { kind: 'full', message: e.message };
  const fields = fieldErrors(error);
  if (Object.keys(fields).length) {
    return { kind: 'invalid', fields, message: e?.message ?? 'Check the marked fields' };
  }
  return { kind: 'failed', message: describeError(error).message };
}

/** Creating and changing groups; the lists refetch so fill and schedules stay true. */
export function useGroupMutations() {
  const refetchQueries = ['GroupsPage', 'GroupDetail'];
  const [create, creating] = useMutation(CreateGroupMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateGroupMutation, { refetchQueries });
  const [enrol, enrolling] = useMutation(EnrollClientMutation, { refetchQueries });
  const [end, ending] = useMutation(EndEnrollmentMutation, { refetchQueries });
  return {
    saving: creating.loading || updating.loading,
    enrolling: enrolling.loading,
    ending: ending.loading,
    async createGroup(input: CreateGroupInput): Promise<SaveResult> {
      try {
        const res = await create({ variables: { input } });
        return { kind: 'saved', id: res.data!.createGroup.id };
      } catch (error) {
        return failure(error);
      }
    },
    async updateGroup(input: UpdateGroupInput): Promise<SaveResult> {
      try {
        const res = await update({ variables: { input } });
        const saved = res.data!.updateGroup;
        return saved.__typename === 'GroupConflict'
          ? { kind: 'conflict' }
          : { kind: 'saved', id: saved.id };
      } catch (error) {
        return failure(error);
      }
    },
    async enrollClient(
      groupId: string,
      episodeId: string,
      joinWaitlist: boolean,
    ): Promise<SaveResult> {
      try {
        const res = await enrol({ variables: { input: { groupId, episodeId, joinWaitlist } } });
        return { kind: 'saved', id: res.data!.enrollClient.id };
      } catch (error) {
        return failure(error);
      }
    },
    async endEnrollment(input: {
      episodeId: string;
      id: string;
      version: number;
      status: 'COMPLETED' | 'WITHDRAWN';
    }): Promise<SaveResult> {
      try {
        const res = await end({ variables: { input } });
        return res.data!.endEnrollment.__typename === 'GroupEnrollment'
          ? { kind: 'saved', id: input.id }
          : { kind: 'conflict' };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
