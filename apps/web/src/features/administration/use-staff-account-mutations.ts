import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { describeError } from '../../ui/error-message';
import type {
  StaffAccountVersionInput,
  StaffRoleChangeInput,
  UpdateStaffAccountInput,
} from '../../gql/graphql';
import { apiErrorCode, fieldErrors } from '../../ui/graphql-errors';
import type { IssuedLink } from './password-link-panel';

// Every save answers the account as it stands (saved, or someone else's newer version), with the
// fields the detail page shows, so Apollo's cache updates the page either way.
const StaffSaveAnswer = graphql(`
  fragment StaffSaveAnswer on StaffSaveResult {
    __typename
    ... on Staff {
      ...StaffAccountDetail_staff
    }
    ... on StaffConflict {
      message
      current {
        ...StaffAccountDetail_staff
      }
    }
  }
`);

const UpdateStaffAccountMutation = graphql(`
  mutation UpdateStaffAccount($input: UpdateStaffAccountInput!) {
    updateStaffAccount(input: $input) {
      ...StaffSaveAnswer
    }
  }
`);

const DeactivateStaffAccountMutation = graphql(`
  mutation DeactivateStaffAccount($input: StaffAccountVersionInput!) {
    deactivateStaffAccount(input: $input) {
      ...StaffSaveAnswer
    }
  }
`);

const ReactivateStaffAccountMutation = graphql(`
  mutation ReactivateStaffAccount($input: StaffAccountVersionInput!) {
    reactivateStaffAccount(input: $input) {
      ...StaffSaveAnswer
    }
  }
`);

const GrantStaffRoleMutation = graphql(`
  mutation GrantStaffRole($input: StaffRoleChangeInput!) {
    grantStaffRole(input: $input) {
      ...StaffSaveAnswer
    }
  }
`);

const RevokeStaffRoleMutation = graphql(`
  mutation RevokeStaffRole($input: StaffRoleChangeInput!) {
    revokeStaffRole(input: $input) {
      ...StaffSaveAnswer
    }
  }
`);

const IssueStaffPasswordLinkMutation = graphql(`
  mutation IssueStaffPasswordLink($staffId: ID!) {
    issueStaffPasswordLink(staffId: $staffId) {
      url
      expiresAt
      purpose
    }
  }
`);

export type StaffSaveOutcome =
  | { kind: 'saved' }
  /** Someone else changed the account first: the page already shows their version. */
  | { kind: 'conflict' }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'failed'; title: string; message: string };

async function outcomeOf(save: () => Promise<FragmentType<typeof StaffSaveAnswer> | undefined>) {
  try {
    const answer = getFragmentData(StaffSaveAnswer, await save());
    if (answer?.__typename === 'StaffConflict') return { kind: 'conflict' } as const;
    return { kind: 'saved' } as const;
  } catch (error) {
    if (apiErrorCode(error) === 'BAD_USER_INPUT') {
      return { kind: 'invalid', fields: fieldErrors(error) } as const;
    }
    return { kind: 'failed', ...describeError(error) } as const;
  }
}

/** The account detail page's saves, each answered as a StaffSaveOutcome. */
export function useStaffAccountMutations() {
  const [update, u] = useMutation(UpdateStaffAccountMutation);
  const [deactivate, d] = useMutation(DeactivateStaffAccountMutation);
  const [reactivate, r] = useMutation(ReactivateStaffAccountMutation);
  const [grant, g] = useMutation(GrantStaffRoleMutation);
  const [revoke, v] = useMutation(RevokeStaffRoleMutation);
  const [issueLink, l] = useMutation(IssueStaffPasswordLinkMutation);
  // Lists filter by status and role: fetched afresh when next shown.
  const listsChanged = <T>(answer: T): T => {
    u.client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'staffAccounts' });
    u.client.cache.gc();
    return answer;
  };
  return {
    saving: u.loading || d.loading || r.loading || g.loading || v.loading,
    issuing: l.loading,
    update: (input: UpdateStaffAccountInput) =>
      outcomeOf(async () =>
        listsChanged((await update({ variables: { input } })).data?.updateStaffAccount),
      ),
    deactivate: (input: StaffAccountVersionInput) =>
      outcomeOf(async () =>
        listsChanged((await deactivate({ variables: { input } })).data?.deactivateStaffAccount),
      ),
    reactivate: (input: StaffAccountVersionInput) =>
      outcomeOf(async () =>
        listsChanged((await reactivate({ variables: { input } })).data?.reactivateStaffAccount),
      ),
    grant: (input: StaffRoleChangeInput) =>
      outcomeOf(async () =>
        listsChanged((await grant({ variables: { input } })).data?.grantStaffRole),
      ),
    revoke: (input: StaffRoleChangeInput) =>
      outcomeOf(async () =>
        listsChanged((await revoke({ variables: { input } })).data?.revokeStaffRole),
      ),
    issueLink: async (
      staffId: string,
    ): Promise<
      { kind: 'issued'; link: IssuedLink } | { kind: 'failed'; title: string; message: string }
    > => {
      try {
        const link = (await issueLink({ variables: { staffId } })).data?.issueStaffPasswordLink;
        if (link) return { kind: 'issued', link };
        return { kind: 'failed', title: 'No link was issued', message: 'Try again.' };
      } catch (error) {
        return { kind: 'failed', ...describeError(error) };
      }
    },
  };
}
