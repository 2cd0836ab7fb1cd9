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
    "\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.BreakGlassAccessesDocument,
    "\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n": typeof types.CurrentViewer_ViewerFragmentDoc,
    "\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n": typeof types.CurrentViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": typeof types.CaseloadProgramsDocument,
    "\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n": typeof types.CaseloadCliniciansDocument,
    "\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CaseloadClientsDocument,
    "\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CaseloadRow_ClientFragmentDoc,
    "\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.ChartAccessLogPanel_EventFragmentDoc,
    "\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ChartAccessLogDocument,
    "\n  fragment ChartAccess_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n": typeof types.ChartAccess_ClientFragmentDoc,
    "\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClientChartHeader_ClientFragmentDoc,
    "\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n    }\n  }\n": typeof types.ClientChartDocument,
    "\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n": typeof types.ContactDetailsCard_ClientFragmentDoc,
    "\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EpisodeList_ClientFragmentDoc,
    "\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n": typeof types.BreakGlassDocument,
    "\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      ...ContactDetailsCard_client\n      ...ClientChartHeader_client\n    }\n  }\n": typeof types.UpdateClientContactDocument,
    "\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n": typeof types.CensusSection_DashboardFragmentDoc,
    "\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n": typeof types.ClinicianCaseloadSection_DashboardFragmentDoc,
    "\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n": typeof types.DirectorDashboardDocument,
    "\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n": typeof types.DrillDownRow_RowFragmentDoc,
    "\n  query DashboardInTreatment($programIds: [ID!], $clinicianId: ID) {\n    orientation: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ORIENTATION\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    active: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ACTIVE\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    onHold: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ON_HOLD\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dischargePlanning: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"DISCHARGE_PLANNING\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n": typeof types.DashboardInTreatmentDocument,
    "\n  query DashboardDrillDown($input: DashboardDrillDownInput!) {\n    dashboardClients(input: $input) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n": typeof types.DashboardDrillDownDocument,
    "\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n": typeof types.KpiCards_DashboardFragmentDoc,
    "\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n  ) {\n    overdue: dashboardClients(input: $overdue) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n": typeof types.DashboardReviewsPreviewDocument,
    "\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n": typeof types.DashboardCliniciansDocument,
    "\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n": typeof types.WeeklyFlowSection_DashboardFragmentDoc,
    "\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n": typeof types.PlaygroundProgramsDocument,
    "\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TodayItem_ItemFragmentDoc,
    "\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n      }\n      ...TodayItem_item\n    }\n  }\n": typeof types.TodayWorklistDocument,
};
const documents: Documents = {
    "\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n": types.BreakGlassAccessesDocument,
    "\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n": types.CurrentViewer_ViewerFragmentDoc,
    "\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n": types.CurrentViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": types.CaseloadProgramsDocument,
    "\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n": types.CaseloadCliniciansDocument,
    "\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CaseloadClientsDocument,
    "\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n": types.CaseloadRow_ClientFragmentDoc,
    "\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    actor {\n      id\n      displayName\n    }\n  }\n": types.ChartAccessLogPanel_EventFragmentDoc,
    "\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ChartAccessLogDocument,
    "\n  fragment ChartAccess_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n": types.ChartAccess_ClientFragmentDoc,
    "\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClientChartHeader_ClientFragmentDoc,
    "\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n    }\n  }\n": types.ClientChartDocument,
    "\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n": types.ContactDetailsCard_ClientFragmentDoc,
    "\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n": types.EpisodeList_ClientFragmentDoc,
    "\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n": types.BreakGlassDocument,
    "\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      ...ContactDetailsCard_client\n      ...ClientChartHeader_client\n    }\n  }\n": types.UpdateClientContactDocument,
    "\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n": types.CensusSection_DashboardFragmentDoc,
    "\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n": types.ClinicianCaseloadSection_DashboardFragmentDoc,
    "\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n": types.DirectorDashboardDocument,
    "\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n": types.DrillDownRow_RowFragmentDoc,
    "\n  query DashboardInTreatment($programIds: [ID!], $clinicianId: ID) {\n    orientation: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ORIENTATION\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    active: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ACTIVE\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    onHold: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ON_HOLD\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dischargePlanning: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"DISCHARGE_PLANNING\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n": types.DashboardInTreatmentDocument,
    "\n  query DashboardDrillDown($input: DashboardDrillDownInput!) {\n    dashboardClients(input: $input) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n": types.DashboardDrillDownDocument,
    "\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n": types.KpiCards_DashboardFragmentDoc,
    "\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n  ) {\n    overdue: dashboardClients(input: $overdue) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n": types.DashboardReviewsPreviewDocument,
    "\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n": types.DashboardCliniciansDocument,
    "\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n": types.WeeklyFlowSection_DashboardFragmentDoc,
    "\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n": types.PlaygroundProgramsDocument,
    "\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n": types.TodayItem_ItemFragmentDoc,
    "\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n      }\n      ...TodayItem_item\n    }\n  }\n": types.TodayWorklistDocument,
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
export function graphql(source: "\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n"): (typeof documents)["\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n"): (typeof documents)["\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChartAccess_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChartAccess_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n    }\n  }\n"): (typeof documents)["\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      ...ContactDetailsCard_client\n      ...ClientChartHeader_client\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      id\n      ...ContactDetailsCard_client\n      ...ClientChartHeader_client\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n"): (typeof documents)["\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n"): (typeof documents)["\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n"): (typeof documents)["\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardInTreatment($programIds: [ID!], $clinicianId: ID) {\n    orientation: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ORIENTATION\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    active: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ACTIVE\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    onHold: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ON_HOLD\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dischargePlanning: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"DISCHARGE_PLANNING\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardInTreatment($programIds: [ID!], $clinicianId: ID) {\n    orientation: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ORIENTATION\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    active: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ACTIVE\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    onHold: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"ON_HOLD\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dischargePlanning: dashboardClients(\n      input: {\n        metric: CENSUS_STATUS\n        key: \"DISCHARGE_PLANNING\"\n        programIds: $programIds\n        clinicianId: $clinicianId\n      }\n    ) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardDrillDown($input: DashboardDrillDownInput!) {\n    dashboardClients(input: $input) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardDrillDown($input: DashboardDrillDownInput!) {\n    dashboardClients(input: $input) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n"): (typeof documents)["\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n  ) {\n    overdue: dashboardClients(input: $overdue) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n  ) {\n    overdue: dashboardClients(input: $overdue) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon) {\n      totalCount\n      rows {\n        ...DrillDownRow_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n"): (typeof documents)["\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n"): (typeof documents)["\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n      }\n      ...TodayItem_item\n    }\n  }\n"): (typeof documents)["\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n      }\n      ...TodayItem_item\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;