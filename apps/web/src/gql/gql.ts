/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": typeof types.CaseloadProgramsDocument,
    "\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n": typeof types.CaseloadCliniciansDocument,
    "\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CaseloadClientsDocument,
    "\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CaseloadRow_ClientFragmentDoc,
    "\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n": typeof types.PlaygroundProgramsDocument,
};
const documents: Documents = {
    "\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": types.CaseloadProgramsDocument,
    "\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n": types.CaseloadCliniciansDocument,
    "\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CaseloadClientsDocument,
    "\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n": types.CaseloadRow_ClientFragmentDoc,
    "\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n": types.PlaygroundProgramsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;