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
  '\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.BreakGlassAccessesDocument;
  '\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n': typeof types.CurrentViewer_ViewerFragmentDoc;
  '\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n': typeof types.CurrentViewerDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n': typeof types.CaseloadProgramsDocument;
  '\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n': typeof types.CaseloadCliniciansDocument;
  '\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.CaseloadClientsDocument;
  '\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.CaseloadRow_ClientFragmentDoc;
  '\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    operation\n    actor {\n      id\n      displayName\n    }\n  }\n': typeof types.ChartAccessLogPanel_EventFragmentDoc;
  '\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.ChartAccessLogDocument;
  '\n  fragment ChartAccess_client on Client {\n    id\n    access {\n      canEdit\n      emergencyOnly\n    }\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      status\n      admittedAt\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n': typeof types.ChartAccess_ClientFragmentDoc;
  '\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.ClientChartHeader_ClientFragmentDoc;
  '\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n      ...EpisodeWorkspace_client\n      ...TreatmentPlanChartCard_client\n    }\n  }\n': typeof types.ClientChartDocument;
  '\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n': typeof types.ContactDetailsCard_ClientFragmentDoc;
  '\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.EpisodeList_ClientFragmentDoc;
  '\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n': typeof types.BreakGlassDocument;
  '\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on Client {\n        id\n        ...ContactDetailsCard_client\n        ...ClientChartHeader_client\n      }\n      ... on ClientConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...ContactDetailsCard_client\n          ...ClientChartHeader_client\n        }\n      }\n    }\n  }\n': typeof types.UpdateClientContactDocument;
  '\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n': typeof types.CensusSection_DashboardFragmentDoc;
  '\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n': typeof types.ClinicianCaseloadSection_DashboardFragmentDoc;
  '\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n': typeof types.DirectorDashboardDocument;
  '\n  query DashboardDrillDown(\n    $input: DashboardDrillDownInput!\n    $sort: DashboardClientSort\n    $first: Int\n    $after: String\n  ) {\n    dashboardClients(input: $input, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n': typeof types.DashboardDrillDownDocument;
  '\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n': typeof types.DrillDownRow_RowFragmentDoc;
  '\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n': typeof types.KpiCards_DashboardFragmentDoc;
  '\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n    $first: Int!\n  ) {\n    overdue: dashboardClients(input: $overdue, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n': typeof types.DashboardReviewsPreviewDocument;
  '\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n': typeof types.DashboardCliniciansDocument;
  '\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n': typeof types.WeeklyFlowSection_DashboardFragmentDoc;
  '\n  fragment AdmissionDecisionDialog_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    assessments {\n      id\n      instrument\n      administeredAt\n      answers\n    }\n    ...EpisodeAdmission_episode\n  }\n': typeof types.AdmissionDecisionDialog_EpisodeFragmentDoc;
  '\n  fragment CareTeamCard_episode on Episode {\n    id\n    version\n    status\n    phase\n    program {\n      id\n      name\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n  }\n': typeof types.CareTeamCard_EpisodeFragmentDoc;
  '\n  fragment TheirEpisode_episode on Episode {\n    id\n    version\n    status\n    updatedAt\n    primaryClinician {\n      id\n    }\n    caseManager {\n      id\n    }\n  }\n': typeof types.TheirEpisode_EpisodeFragmentDoc;
  '\n  fragment EpisodeMoves_episode on Episode {\n    id\n    version\n    status\n    availableTransitions {\n      to\n      label\n      admissionDecision\n      reasonRequired\n      dischargeTypes\n      description\n    }\n    admission {\n      mayDecideAdmission\n    }\n    client {\n      id\n    }\n    worklist {\n      kind\n      daysUntilDue\n    }\n  }\n': typeof types.EpisodeMoves_EpisodeFragmentDoc;
  '\n  fragment EpisodeWorkspace_episode on Episode {\n    id\n    version\n    status\n    phase\n    openedAt\n    admittedAt\n    dischargedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    ...EpisodeLifecycle_episode\n    ...EpisodeMoves_episode\n    ...TransitionHistory_episode\n    ...OrientationChecklist_episode\n    ...CareTeamCard_episode\n    ...LevelOfCareCard_episode\n  }\n': typeof types.EpisodeWorkspace_EpisodeFragmentDoc;
  '\n  fragment EpisodeWorkspace_client on Client {\n    id\n    displayName\n    ...ChartAccess_client\n    currentEpisode {\n      id\n      status\n      program {\n        id\n        name\n      }\n      ...EpisodeLifecycle_episode\n      ...EpisodeMoves_episode\n      ...AdmissionDecisionDialog_episode\n      ...TransitionHistory_episode\n      ...IntakeAssessment_episode\n      ...OrientationChecklist_episode\n      ...CareTeamCard_episode\n      ...LevelOfCareCard_episode\n    }\n  }\n': typeof types.EpisodeWorkspace_ClientFragmentDoc;
  '\n  fragment IntakeAssessment_assessment on Assessment {\n    id\n    instrument\n    instrumentVersion\n    answers\n    administeredAt\n    administeredBy {\n      id\n      displayName\n    }\n  }\n': typeof types.IntakeAssessment_AssessmentFragmentDoc;
  '\n  fragment IntakeAssessment_episode on Episode {\n    id\n    status\n    program {\n      id\n      timeZone\n    }\n    assessments {\n      id\n      ...IntakeAssessment_assessment\n    }\n    admission {\n      mayRecordAsam\n    }\n  }\n': typeof types.IntakeAssessment_EpisodeFragmentDoc;
  '\n  fragment LevelOfCareCard_episode on Episode {\n    id\n    version\n    phase\n    levelOfCare\n    authorizedLevelOfCare\n    levelOfCareChangedAt\n    program {\n      id\n      timeZone\n    }\n    levelOfCareHistory {\n      id\n      clinicalLevel\n      authorizedLevel\n      levelChanged\n      reason\n      changedAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.LevelOfCareCard_EpisodeFragmentDoc;
  '\n  fragment EpisodeLifecycle_episode on Episode {\n    id\n    status\n    openedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      occurredAt\n      admissionDecision\n    }\n  }\n': typeof types.EpisodeLifecycle_EpisodeFragmentDoc;
  '\n  fragment OrientationChecklist_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      timeZone\n    }\n    orientationChecklist {\n      key\n      label\n      doneAt\n    }\n  }\n': typeof types.OrientationChecklist_EpisodeFragmentDoc;
  '\n  fragment TransitionHistory_episode on Episode {\n    id\n    openedAt\n    referralSource\n    program {\n      id\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      reason\n      admissionDecision\n      admissionRationale\n      dischargeType\n      ageOverrideReason\n      actorRole\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.TransitionHistory_EpisodeFragmentDoc;
  '\n  mutation AssignCareTeam($input: AssignCareTeamInput!) {\n    assignCareTeam(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...CareTeamCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n': typeof types.AssignCareTeamDocument;
  '\n  mutation ChangeLevelOfCare($input: ChangeLevelOfCareInput!) {\n    changeLevelOfCare(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...LevelOfCareCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n      }\n    }\n  }\n': typeof types.ChangeLevelOfCareDocument;
  '\n  query ProgramStaff($programId: ID!, $role: StaffRole!) {\n    staffMembers(programId: $programId, role: $role) {\n      id\n      displayName\n    }\n  }\n': typeof types.ProgramStaffDocument;
  '\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n      ...IntakeAssessment_assessment\n    }\n  }\n': typeof types.RecordAssessmentDocument;
  '\n  fragment EpisodeAdmission_episode on Episode {\n    id\n    admission {\n      mayDecideAdmission\n      mayRecordAsam\n      mayOverrideAgeRule\n      recommendedLevelOfCare\n      problems {\n        requirement\n        field\n        message\n      }\n    }\n  }\n': typeof types.EpisodeAdmission_EpisodeFragmentDoc;
  '\n  query EpisodeAdmission($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeAdmission_episode\n    }\n  }\n': typeof types.EpisodeAdmissionDocument;
  '\n  mutation TransitionEpisode($input: TransitionEpisodeInput!) {\n    transitionEpisode(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...EpisodeWorkspace_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n': typeof types.TransitionEpisodeDocument;
  '\n  query EpisodeRefresh($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeWorkspace_episode\n    }\n  }\n': typeof types.EpisodeRefreshDocument;
  '\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...OrientationChecklist_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n': typeof types.UpdateOrientationDocument;
  '\n  query IntakeClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          currentEpisode {\n            id\n            openedAt\n          }\n          ...IntakeRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n': typeof types.IntakeClientsDocument;
  '\n  fragment IntakeRow_client on Client {\n    id\n    displayName\n    pronouns\n    currentEpisode {\n      id\n      status\n      openedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n': typeof types.IntakeRow_ClientFragmentDoc;
  '\n  query PossibleDuplicates($input: PossibleDuplicatesInput!) {\n    possibleDuplicates(input: $input) {\n      clientId\n      firstName\n      lastName\n      dateOfBirth\n      match\n      lastProgramName\n      lastEpisodeStatusLabel\n      mayReadmit\n    }\n  }\n': typeof types.PossibleDuplicatesDocument;
  '\n  mutation OpenInquiry($input: OpenInquiryInput!) {\n    openInquiry(input: $input) {\n      id\n      status\n      client {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.OpenInquiryDocument;
  '\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n': typeof types.PlaygroundProgramsDocument;
  '\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n': typeof types.TodayItem_ItemFragmentDoc;
  '\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n        program {\n          id\n          timeZone\n        }\n      }\n      ...TodayItem_item\n    }\n  }\n': typeof types.TodayWorklistDocument;
  '\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    lineageId\n    position\n    description\n    horizon\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    objectives {\n      id\n      lineageId\n      description\n      measure\n      ...ObjectiveCard_objective\n    }\n    progress {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.GoalCard_GoalFragmentDoc;
  '\n  fragment ObjectiveCard_objective on PlanObjective {\n    id\n    version\n    lineageId\n    position\n    description\n    measure\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    interventions {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.ObjectiveCard_ObjectiveFragmentDoc;
  '\n  fragment TreatmentPlanChartCard_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n        timeZone\n      }\n      initialPlanDue {\n        dueDate\n        status\n        reason\n        daysUntilDue\n        scheduledDate\n      }\n      currentTreatmentPlan {\n        id\n        versionNumber\n        status\n        reviewClock {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        problems {\n          id\n          goals {\n            id\n            lifecycleStatus\n            achievementStatus\n            progress {\n              id\n              recordedOn\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.TreatmentPlanChartCard_ClientFragmentDoc;
  '\n  fragment PlanDiffView_tree on TreatmentPlan {\n    id\n    versionNumber\n    problems {\n      id\n      domain\n      clientWords\n      goals {\n        id\n        description\n        objectives {\n          id\n          description\n          interventions {\n            id\n            modality\n            frequency\n            responsibleStaff {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlanDiffView_TreeFragmentDoc;
  '\n  fragment PlanDiffView_kind on PlanElementKindDiff {\n    kind\n    added\n    removed\n    changed\n    unchanged\n    changes {\n      change\n      lineageId\n      fromId\n      toId\n      kind\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n': typeof types.PlanDiffView_KindFragmentDoc;
  '\n  query PlanDiff($fromPlanId: ID!, $toPlanId: ID!) {\n    treatmentPlanDiff(fromPlanId: $fromPlanId, toPlanId: $toPlanId) {\n      fromPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      toPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      problems {\n        ...PlanDiffView_kind\n      }\n      goals {\n        ...PlanDiffView_kind\n      }\n      objectives {\n        ...PlanDiffView_kind\n      }\n      interventions {\n        ...PlanDiffView_kind\n      }\n    }\n  }\n': typeof types.PlanDiffDocument;
  '\n  fragment PlanHeader_plan on TreatmentPlan {\n    id\n    version\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    lastReviewedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    reviewClock {\n      dueDate\n      status\n      reason\n      daysUntilDue\n      scheduledDate\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n    problems {\n      id\n      goals {\n        id\n        lifecycleStatus\n        achievementStatus\n      }\n    }\n  }\n': typeof types.PlanHeader_PlanFragmentDoc;
  '\n  fragment PlanHistory_version on TreatmentPlan {\n    id\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.PlanHistory_VersionFragmentDoc;
  '\n  query TreatmentPlanPage($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      displayName\n      access {\n        canEdit\n        emergencyAccessUntil\n      }\n      currentEpisode {\n        id\n        status\n        phase\n        admittedAt\n        program {\n          id\n          name\n          timeZone\n          planReviewIntervalDays\n          requiresSupervisorSignature\n        }\n        initialPlanDue {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        currentTreatmentPlan {\n          id\n          status\n        }\n      }\n    }\n  }\n': typeof types.TreatmentPlanPageDocument;
  '\n  query TreatmentPlanView($id: ID!) {\n    treatmentPlan(id: $id) {\n      id\n      version\n      versionNumber\n      status\n      reviewClock {\n        status\n      }\n      signable {\n        missing {\n          path\n          message\n          code\n        }\n      }\n      capabilities {\n        canEdit {\n          allowed\n          reason\n        }\n        canSubmit {\n          allowed\n        }\n        canReturnToDraft {\n          allowed\n        }\n        canReview {\n          allowed\n        }\n        canRevise {\n          allowed\n        }\n        canClose {\n          allowed\n        }\n        canSetStatus {\n          allowed\n          reason\n        }\n        canRecordProgress {\n          allowed\n        }\n        canAmendProgress {\n          allowed\n        }\n      }\n      problems {\n        id\n        version\n        position\n        goals {\n          id\n          version\n          position\n          objectives {\n            id\n            version\n            position\n            measure\n            targetDate\n            interventions {\n              id\n              version\n              position\n            }\n          }\n        }\n        ...ProblemCard_problem\n      }\n      ...PlanHeader_plan\n      ...SigningPanel_plan\n    }\n  }\n': typeof types.TreatmentPlanViewDocument;
  '\n  query PlanVersions($episodeId: ID!) {\n    episodeTreatmentPlans(episodeId: $episodeId) {\n      id\n      versionNumber\n      status\n      createdAt\n      activatedAt\n      endedAt\n      endReason\n      createdBy {\n        id\n        displayName\n      }\n      ...PlanHistory_version\n    }\n  }\n': typeof types.PlanVersionsDocument;
  '\n  fragment ProblemCard_problem on PlanProblem {\n    id\n    version\n    lineageId\n    position\n    domain\n    clientWords\n    strengths\n    updatedAt\n    goals {\n      id\n      ...GoalCard_goal\n    }\n  }\n': typeof types.ProblemCard_ProblemFragmentDoc;
  '\n  fragment SigningPanel_plan on TreatmentPlan {\n    id\n    version\n    status\n    signatureHistory: signatures(includeVoided: true) {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n    capabilities {\n      canSign {\n        signer\n        required\n        allowed\n        reason\n      }\n    }\n  }\n': typeof types.SigningPanel_PlanFragmentDoc;
  '\n  fragment StatusHistory_change on PlanStatusChange {\n    id\n    fromLifecycleStatus\n    toLifecycleStatus\n    fromAchievementStatus\n    toAchievementStatus\n    reason\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n': typeof types.StatusHistory_ChangeFragmentDoc;
  '\n  mutation AddPlanGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      ...GoalCard_goal\n    }\n  }\n': typeof types.AddPlanGoalDocument;
  '\n  mutation UpdatePlanGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        description\n        horizon\n        targetDate\n        updatedAt\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.UpdatePlanGoalDocument;
  '\n  mutation RemovePlanGoal($input: RemovePlanElementInput!) {\n    removeGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.RemovePlanGoalDocument;
  '\n  mutation AddPlanIntervention($input: AddInterventionInput!) {\n    addIntervention(input: $input) {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.AddPlanInterventionDocument;
  '\n  mutation UpdatePlanIntervention($input: UpdateInterventionInput!) {\n    updateIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n        version\n        lineageId\n        position\n        modality\n        description\n        frequency\n        updatedAt\n        responsibleStaff {\n          id\n          displayName\n        }\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.UpdatePlanInterventionDocument;
  '\n  mutation RemovePlanIntervention($input: RemovePlanElementInput!) {\n    removeIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.RemovePlanInterventionDocument;
  '\n  mutation AddPlanObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      id\n      ...ObjectiveCard_objective\n    }\n  }\n': typeof types.AddPlanObjectiveDocument;
  '\n  mutation UpdatePlanObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        description\n        measure\n        targetDate\n        updatedAt\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.UpdatePlanObjectiveDocument;
  '\n  mutation RemovePlanObjective($input: RemovePlanElementInput!) {\n    removeObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.RemovePlanObjectiveDocument;
  '\n  mutation CreateTreatmentPlan($input: CreateTreatmentPlanInput!) {\n    createTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        status\n        versionNumber\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          status\n          versionNumber\n        }\n      }\n    }\n  }\n': typeof types.CreateTreatmentPlanDocument;
  '\n  mutation SubmitPlanForSignature($input: PlanVersionInput!) {\n    submitPlanForSignature(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n': typeof types.SubmitPlanForSignatureDocument;
  '\n  mutation ReturnPlanToDraft($input: PlanVersionInput!) {\n    returnPlanToDraft(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n': typeof types.ReturnPlanToDraftDocument;
  '\n  mutation SignPlan($input: SignPlanInput!) {\n    signPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n': typeof types.SignPlanDocument;
  '\n  query PlanStaffOptions($programId: ID!) {\n    staffMembers(programId: $programId) {\n      id\n      displayName\n    }\n  }\n': typeof types.PlanStaffOptionsDocument;
  '\n  mutation AddPlanProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      id\n      ...ProblemCard_problem\n    }\n  }\n': typeof types.AddPlanProblemDocument;
  '\n  mutation UpdatePlanProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n        version\n        domain\n        clientWords\n        strengths\n        updatedAt\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.UpdatePlanProblemDocument;
  '\n  mutation RemovePlanProblem($input: RemovePlanElementInput!) {\n    removeProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.RemovePlanProblemDocument;
  '\n  mutation CorrectGoalProgress($input: CorrectGoalProgressInput!) {\n    correctGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.CorrectGoalProgressDocument;
  '\n  mutation VoidGoalProgress($input: VoidGoalProgressInput!) {\n    voidGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.VoidGoalProgressDocument;
  '\n  mutation RecordGoalProgress($input: RecordGoalProgressInput!) {\n    recordGoalProgress(input: $input) {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.RecordGoalProgressDocument;
  '\n  mutation ReorderPlanElements($input: ReorderPlanElementsInput!) {\n    reorderPlanElements(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        problems {\n          id\n          version\n          position\n          goals {\n            id\n            version\n            position\n            objectives {\n              id\n              version\n              position\n              interventions {\n                id\n                version\n                position\n              }\n            }\n          }\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          problems {\n            id\n            version\n            position\n            goals {\n              id\n              version\n              position\n              objectives {\n                id\n                version\n                position\n                interventions {\n                  id\n                  version\n                  position\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ReorderPlanElementsDocument;
  '\n  mutation ReviewPlan($input: ReviewPlanInput!) {\n    reviewPlan(input: $input) {\n      __typename\n      ... on ReviewPlanPayload {\n        review {\n          id\n        }\n        plan {\n          id\n          version\n          ...PlanHeader_plan\n        }\n        revision {\n          id\n          versionNumber\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          versionNumber\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n': typeof types.ReviewPlanDocument;
  '\n  mutation CloseTreatmentPlan($input: CloseTreatmentPlanInput!) {\n    closeTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n': typeof types.CloseTreatmentPlanDocument;
  '\n  mutation SetPlanGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.SetPlanGoalStatusDocument;
  '\n  mutation SetPlanObjectiveStatus($input: SetObjectiveStatusInput!) {\n    setObjectiveStatus(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n': typeof types.SetPlanObjectiveStatusDocument;
};
const documents: Documents = {
  '\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.BreakGlassAccessesDocument,
  '\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n':
    types.CurrentViewer_ViewerFragmentDoc,
  '\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n':
    types.CurrentViewerDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n': types.SignOutDocument,
  '\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n':
    types.CaseloadProgramsDocument,
  '\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n':
    types.CaseloadCliniciansDocument,
  '\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.CaseloadClientsDocument,
  '\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.CaseloadRow_ClientFragmentDoc,
  '\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    operation\n    actor {\n      id\n      displayName\n    }\n  }\n':
    types.ChartAccessLogPanel_EventFragmentDoc,
  '\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.ChartAccessLogDocument,
  '\n  fragment ChartAccess_client on Client {\n    id\n    access {\n      canEdit\n      emergencyOnly\n    }\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      status\n      admittedAt\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n':
    types.ChartAccess_ClientFragmentDoc,
  '\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.ClientChartHeader_ClientFragmentDoc,
  '\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n      ...EpisodeWorkspace_client\n      ...TreatmentPlanChartCard_client\n    }\n  }\n':
    types.ClientChartDocument,
  '\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n':
    types.ContactDetailsCard_ClientFragmentDoc,
  '\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.EpisodeList_ClientFragmentDoc,
  '\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n':
    types.BreakGlassDocument,
  '\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on Client {\n        id\n        ...ContactDetailsCard_client\n        ...ClientChartHeader_client\n      }\n      ... on ClientConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...ContactDetailsCard_client\n          ...ClientChartHeader_client\n        }\n      }\n    }\n  }\n':
    types.UpdateClientContactDocument,
  '\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n':
    types.CensusSection_DashboardFragmentDoc,
  '\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n':
    types.ClinicianCaseloadSection_DashboardFragmentDoc,
  '\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n':
    types.DirectorDashboardDocument,
  '\n  query DashboardDrillDown(\n    $input: DashboardDrillDownInput!\n    $sort: DashboardClientSort\n    $first: Int\n    $after: String\n  ) {\n    dashboardClients(input: $input, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n':
    types.DashboardDrillDownDocument,
  '\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n':
    types.DrillDownRow_RowFragmentDoc,
  '\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n':
    types.KpiCards_DashboardFragmentDoc,
  '\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n    $first: Int!\n  ) {\n    overdue: dashboardClients(input: $overdue, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n':
    types.DashboardReviewsPreviewDocument,
  '\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n':
    types.DashboardCliniciansDocument,
  '\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n':
    types.WeeklyFlowSection_DashboardFragmentDoc,
  '\n  fragment AdmissionDecisionDialog_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    assessments {\n      id\n      instrument\n      administeredAt\n      answers\n    }\n    ...EpisodeAdmission_episode\n  }\n':
    types.AdmissionDecisionDialog_EpisodeFragmentDoc,
  '\n  fragment CareTeamCard_episode on Episode {\n    id\n    version\n    status\n    phase\n    program {\n      id\n      name\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n  }\n':
    types.CareTeamCard_EpisodeFragmentDoc,
  '\n  fragment TheirEpisode_episode on Episode {\n    id\n    version\n    status\n    updatedAt\n    primaryClinician {\n      id\n    }\n    caseManager {\n      id\n    }\n  }\n':
    types.TheirEpisode_EpisodeFragmentDoc,
  '\n  fragment EpisodeMoves_episode on Episode {\n    id\n    version\n    status\n    availableTransitions {\n      to\n      label\n      admissionDecision\n      reasonRequired\n      dischargeTypes\n      description\n    }\n    admission {\n      mayDecideAdmission\n    }\n    client {\n      id\n    }\n    worklist {\n      kind\n      daysUntilDue\n    }\n  }\n':
    types.EpisodeMoves_EpisodeFragmentDoc,
  '\n  fragment EpisodeWorkspace_episode on Episode {\n    id\n    version\n    status\n    phase\n    openedAt\n    admittedAt\n    dischargedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    ...EpisodeLifecycle_episode\n    ...EpisodeMoves_episode\n    ...TransitionHistory_episode\n    ...OrientationChecklist_episode\n    ...CareTeamCard_episode\n    ...LevelOfCareCard_episode\n  }\n':
    types.EpisodeWorkspace_EpisodeFragmentDoc,
  '\n  fragment EpisodeWorkspace_client on Client {\n    id\n    displayName\n    ...ChartAccess_client\n    currentEpisode {\n      id\n      status\n      program {\n        id\n        name\n      }\n      ...EpisodeLifecycle_episode\n      ...EpisodeMoves_episode\n      ...AdmissionDecisionDialog_episode\n      ...TransitionHistory_episode\n      ...IntakeAssessment_episode\n      ...OrientationChecklist_episode\n      ...CareTeamCard_episode\n      ...LevelOfCareCard_episode\n    }\n  }\n':
    types.EpisodeWorkspace_ClientFragmentDoc,
  '\n  fragment IntakeAssessment_assessment on Assessment {\n    id\n    instrument\n    instrumentVersion\n    answers\n    administeredAt\n    administeredBy {\n      id\n      displayName\n    }\n  }\n':
    types.IntakeAssessment_AssessmentFragmentDoc,
  '\n  fragment IntakeAssessment_episode on Episode {\n    id\n    status\n    program {\n      id\n      timeZone\n    }\n    assessments {\n      id\n      ...IntakeAssessment_assessment\n    }\n    admission {\n      mayRecordAsam\n    }\n  }\n':
    types.IntakeAssessment_EpisodeFragmentDoc,
  '\n  fragment LevelOfCareCard_episode on Episode {\n    id\n    version\n    phase\n    levelOfCare\n    authorizedLevelOfCare\n    levelOfCareChangedAt\n    program {\n      id\n      timeZone\n    }\n    levelOfCareHistory {\n      id\n      clinicalLevel\n      authorizedLevel\n      levelChanged\n      reason\n      changedAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.LevelOfCareCard_EpisodeFragmentDoc,
  '\n  fragment EpisodeLifecycle_episode on Episode {\n    id\n    status\n    openedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      occurredAt\n      admissionDecision\n    }\n  }\n':
    types.EpisodeLifecycle_EpisodeFragmentDoc,
  '\n  fragment OrientationChecklist_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      timeZone\n    }\n    orientationChecklist {\n      key\n      label\n      doneAt\n    }\n  }\n':
    types.OrientationChecklist_EpisodeFragmentDoc,
  '\n  fragment TransitionHistory_episode on Episode {\n    id\n    openedAt\n    referralSource\n    program {\n      id\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      reason\n      admissionDecision\n      admissionRationale\n      dischargeType\n      ageOverrideReason\n      actorRole\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.TransitionHistory_EpisodeFragmentDoc,
  '\n  mutation AssignCareTeam($input: AssignCareTeamInput!) {\n    assignCareTeam(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...CareTeamCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n':
    types.AssignCareTeamDocument,
  '\n  mutation ChangeLevelOfCare($input: ChangeLevelOfCareInput!) {\n    changeLevelOfCare(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...LevelOfCareCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n      }\n    }\n  }\n':
    types.ChangeLevelOfCareDocument,
  '\n  query ProgramStaff($programId: ID!, $role: StaffRole!) {\n    staffMembers(programId: $programId, role: $role) {\n      id\n      displayName\n    }\n  }\n':
    types.ProgramStaffDocument,
  '\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n      ...IntakeAssessment_assessment\n    }\n  }\n':
    types.RecordAssessmentDocument,
  '\n  fragment EpisodeAdmission_episode on Episode {\n    id\n    admission {\n      mayDecideAdmission\n      mayRecordAsam\n      mayOverrideAgeRule\n      recommendedLevelOfCare\n      problems {\n        requirement\n        field\n        message\n      }\n    }\n  }\n':
    types.EpisodeAdmission_EpisodeFragmentDoc,
  '\n  query EpisodeAdmission($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeAdmission_episode\n    }\n  }\n':
    types.EpisodeAdmissionDocument,
  '\n  mutation TransitionEpisode($input: TransitionEpisodeInput!) {\n    transitionEpisode(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...EpisodeWorkspace_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n':
    types.TransitionEpisodeDocument,
  '\n  query EpisodeRefresh($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeWorkspace_episode\n    }\n  }\n':
    types.EpisodeRefreshDocument,
  '\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...OrientationChecklist_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n':
    types.UpdateOrientationDocument,
  '\n  query IntakeClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          currentEpisode {\n            id\n            openedAt\n          }\n          ...IntakeRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n':
    types.IntakeClientsDocument,
  '\n  fragment IntakeRow_client on Client {\n    id\n    displayName\n    pronouns\n    currentEpisode {\n      id\n      status\n      openedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n':
    types.IntakeRow_ClientFragmentDoc,
  '\n  query PossibleDuplicates($input: PossibleDuplicatesInput!) {\n    possibleDuplicates(input: $input) {\n      clientId\n      firstName\n      lastName\n      dateOfBirth\n      match\n      lastProgramName\n      lastEpisodeStatusLabel\n      mayReadmit\n    }\n  }\n':
    types.PossibleDuplicatesDocument,
  '\n  mutation OpenInquiry($input: OpenInquiryInput!) {\n    openInquiry(input: $input) {\n      id\n      status\n      client {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.OpenInquiryDocument,
  '\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n':
    types.PlaygroundProgramsDocument,
  '\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n':
    types.TodayItem_ItemFragmentDoc,
  '\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n        program {\n          id\n          timeZone\n        }\n      }\n      ...TodayItem_item\n    }\n  }\n':
    types.TodayWorklistDocument,
  '\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    lineageId\n    position\n    description\n    horizon\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    objectives {\n      id\n      lineageId\n      description\n      measure\n      ...ObjectiveCard_objective\n    }\n    progress {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.GoalCard_GoalFragmentDoc,
  '\n  fragment ObjectiveCard_objective on PlanObjective {\n    id\n    version\n    lineageId\n    position\n    description\n    measure\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    interventions {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.ObjectiveCard_ObjectiveFragmentDoc,
  '\n  fragment TreatmentPlanChartCard_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n        timeZone\n      }\n      initialPlanDue {\n        dueDate\n        status\n        reason\n        daysUntilDue\n        scheduledDate\n      }\n      currentTreatmentPlan {\n        id\n        versionNumber\n        status\n        reviewClock {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        problems {\n          id\n          goals {\n            id\n            lifecycleStatus\n            achievementStatus\n            progress {\n              id\n              recordedOn\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.TreatmentPlanChartCard_ClientFragmentDoc,
  '\n  fragment PlanDiffView_tree on TreatmentPlan {\n    id\n    versionNumber\n    problems {\n      id\n      domain\n      clientWords\n      goals {\n        id\n        description\n        objectives {\n          id\n          description\n          interventions {\n            id\n            modality\n            frequency\n            responsibleStaff {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PlanDiffView_TreeFragmentDoc,
  '\n  fragment PlanDiffView_kind on PlanElementKindDiff {\n    kind\n    added\n    removed\n    changed\n    unchanged\n    changes {\n      change\n      lineageId\n      fromId\n      toId\n      kind\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n':
    types.PlanDiffView_KindFragmentDoc,
  '\n  query PlanDiff($fromPlanId: ID!, $toPlanId: ID!) {\n    treatmentPlanDiff(fromPlanId: $fromPlanId, toPlanId: $toPlanId) {\n      fromPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      toPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      problems {\n        ...PlanDiffView_kind\n      }\n      goals {\n        ...PlanDiffView_kind\n      }\n      objectives {\n        ...PlanDiffView_kind\n      }\n      interventions {\n        ...PlanDiffView_kind\n      }\n    }\n  }\n':
    types.PlanDiffDocument,
  '\n  fragment PlanHeader_plan on TreatmentPlan {\n    id\n    version\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    lastReviewedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    reviewClock {\n      dueDate\n      status\n      reason\n      daysUntilDue\n      scheduledDate\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n    problems {\n      id\n      goals {\n        id\n        lifecycleStatus\n        achievementStatus\n      }\n    }\n  }\n':
    types.PlanHeader_PlanFragmentDoc,
  '\n  fragment PlanHistory_version on TreatmentPlan {\n    id\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.PlanHistory_VersionFragmentDoc,
  '\n  query TreatmentPlanPage($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      displayName\n      access {\n        canEdit\n        emergencyAccessUntil\n      }\n      currentEpisode {\n        id\n        status\n        phase\n        admittedAt\n        program {\n          id\n          name\n          timeZone\n          planReviewIntervalDays\n          requiresSupervisorSignature\n        }\n        initialPlanDue {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        currentTreatmentPlan {\n          id\n          status\n        }\n      }\n    }\n  }\n':
    types.TreatmentPlanPageDocument,
  '\n  query TreatmentPlanView($id: ID!) {\n    treatmentPlan(id: $id) {\n      id\n      version\n      versionNumber\n      status\n      reviewClock {\n        status\n      }\n      signable {\n        missing {\n          path\n          message\n          code\n        }\n      }\n      capabilities {\n        canEdit {\n          allowed\n          reason\n        }\n        canSubmit {\n          allowed\n        }\n        canReturnToDraft {\n          allowed\n        }\n        canReview {\n          allowed\n        }\n        canRevise {\n          allowed\n        }\n        canClose {\n          allowed\n        }\n        canSetStatus {\n          allowed\n          reason\n        }\n        canRecordProgress {\n          allowed\n        }\n        canAmendProgress {\n          allowed\n        }\n      }\n      problems {\n        id\n        version\n        position\n        goals {\n          id\n          version\n          position\n          objectives {\n            id\n            version\n            position\n            measure\n            targetDate\n            interventions {\n              id\n              version\n              position\n            }\n          }\n        }\n        ...ProblemCard_problem\n      }\n      ...PlanHeader_plan\n      ...SigningPanel_plan\n    }\n  }\n':
    types.TreatmentPlanViewDocument,
  '\n  query PlanVersions($episodeId: ID!) {\n    episodeTreatmentPlans(episodeId: $episodeId) {\n      id\n      versionNumber\n      status\n      createdAt\n      activatedAt\n      endedAt\n      endReason\n      createdBy {\n        id\n        displayName\n      }\n      ...PlanHistory_version\n    }\n  }\n':
    types.PlanVersionsDocument,
  '\n  fragment ProblemCard_problem on PlanProblem {\n    id\n    version\n    lineageId\n    position\n    domain\n    clientWords\n    strengths\n    updatedAt\n    goals {\n      id\n      ...GoalCard_goal\n    }\n  }\n':
    types.ProblemCard_ProblemFragmentDoc,
  '\n  fragment SigningPanel_plan on TreatmentPlan {\n    id\n    version\n    status\n    signatureHistory: signatures(includeVoided: true) {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n    capabilities {\n      canSign {\n        signer\n        required\n        allowed\n        reason\n      }\n    }\n  }\n':
    types.SigningPanel_PlanFragmentDoc,
  '\n  fragment StatusHistory_change on PlanStatusChange {\n    id\n    fromLifecycleStatus\n    toLifecycleStatus\n    fromAchievementStatus\n    toAchievementStatus\n    reason\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n':
    types.StatusHistory_ChangeFragmentDoc,
  '\n  mutation AddPlanGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      ...GoalCard_goal\n    }\n  }\n':
    types.AddPlanGoalDocument,
  '\n  mutation UpdatePlanGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        description\n        horizon\n        targetDate\n        updatedAt\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.UpdatePlanGoalDocument,
  '\n  mutation RemovePlanGoal($input: RemovePlanElementInput!) {\n    removeGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.RemovePlanGoalDocument,
  '\n  mutation AddPlanIntervention($input: AddInterventionInput!) {\n    addIntervention(input: $input) {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.AddPlanInterventionDocument,
  '\n  mutation UpdatePlanIntervention($input: UpdateInterventionInput!) {\n    updateIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n        version\n        lineageId\n        position\n        modality\n        description\n        frequency\n        updatedAt\n        responsibleStaff {\n          id\n          displayName\n        }\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.UpdatePlanInterventionDocument,
  '\n  mutation RemovePlanIntervention($input: RemovePlanElementInput!) {\n    removeIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.RemovePlanInterventionDocument,
  '\n  mutation AddPlanObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      id\n      ...ObjectiveCard_objective\n    }\n  }\n':
    types.AddPlanObjectiveDocument,
  '\n  mutation UpdatePlanObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        description\n        measure\n        targetDate\n        updatedAt\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.UpdatePlanObjectiveDocument,
  '\n  mutation RemovePlanObjective($input: RemovePlanElementInput!) {\n    removeObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.RemovePlanObjectiveDocument,
  '\n  mutation CreateTreatmentPlan($input: CreateTreatmentPlanInput!) {\n    createTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        status\n        versionNumber\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          status\n          versionNumber\n        }\n      }\n    }\n  }\n':
    types.CreateTreatmentPlanDocument,
  '\n  mutation SubmitPlanForSignature($input: PlanVersionInput!) {\n    submitPlanForSignature(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n':
    types.SubmitPlanForSignatureDocument,
  '\n  mutation ReturnPlanToDraft($input: PlanVersionInput!) {\n    returnPlanToDraft(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n':
    types.ReturnPlanToDraftDocument,
  '\n  mutation SignPlan($input: SignPlanInput!) {\n    signPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n':
    types.SignPlanDocument,
  '\n  query PlanStaffOptions($programId: ID!) {\n    staffMembers(programId: $programId) {\n      id\n      displayName\n    }\n  }\n':
    types.PlanStaffOptionsDocument,
  '\n  mutation AddPlanProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      id\n      ...ProblemCard_problem\n    }\n  }\n':
    types.AddPlanProblemDocument,
  '\n  mutation UpdatePlanProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n        version\n        domain\n        clientWords\n        strengths\n        updatedAt\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.UpdatePlanProblemDocument,
  '\n  mutation RemovePlanProblem($input: RemovePlanElementInput!) {\n    removeProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.RemovePlanProblemDocument,
  '\n  mutation CorrectGoalProgress($input: CorrectGoalProgressInput!) {\n    correctGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.CorrectGoalProgressDocument,
  '\n  mutation VoidGoalProgress($input: VoidGoalProgressInput!) {\n    voidGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.VoidGoalProgressDocument,
  '\n  mutation RecordGoalProgress($input: RecordGoalProgressInput!) {\n    recordGoalProgress(input: $input) {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.RecordGoalProgressDocument,
  '\n  mutation ReorderPlanElements($input: ReorderPlanElementsInput!) {\n    reorderPlanElements(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        problems {\n          id\n          version\n          position\n          goals {\n            id\n            version\n            position\n            objectives {\n              id\n              version\n              position\n              interventions {\n                id\n                version\n                position\n              }\n            }\n          }\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          problems {\n            id\n            version\n            position\n            goals {\n              id\n              version\n              position\n              objectives {\n                id\n                version\n                position\n                interventions {\n                  id\n                  version\n                  position\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ReorderPlanElementsDocument,
  '\n  mutation ReviewPlan($input: ReviewPlanInput!) {\n    reviewPlan(input: $input) {\n      __typename\n      ... on ReviewPlanPayload {\n        review {\n          id\n        }\n        plan {\n          id\n          version\n          ...PlanHeader_plan\n        }\n        revision {\n          id\n          versionNumber\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          versionNumber\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n':
    types.ReviewPlanDocument,
  '\n  mutation CloseTreatmentPlan($input: CloseTreatmentPlanInput!) {\n    closeTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n':
    types.CloseTreatmentPlanDocument,
  '\n  mutation SetPlanGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.SetPlanGoalStatusDocument,
  '\n  mutation SetPlanObjectiveStatus($input: SetObjectiveStatusInput!) {\n    setObjectiveStatus(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n':
    types.SetPlanObjectiveStatusDocument,
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
export function graphql(
  source: '\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BreakGlassAccesses($first: Int!) {\n    breakGlassAccesses(first: $first) {\n      id\n      clientId\n      reason\n      grantedAt\n      expiresAt\n      staff {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n',
): (typeof documents)['\n  fragment CurrentViewer_viewer on Viewer {\n    staff {\n      id\n      displayName\n    }\n    programRoles {\n      role\n      program {\n        id\n        name\n      }\n    }\n    idleTimeoutMinutes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  query CurrentViewer {\n    me {\n      ...CurrentViewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...CurrentViewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut {\n      signedOut\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CaseloadPrograms {\n    programs {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query CaseloadClinicians($programId: ID) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseloadClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...CaseloadRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseloadRow_client on Client {\n    id\n    displayName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      phase\n      admittedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    operation\n    actor {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment ChartAccessLogPanel_event on AuditEvent {\n    id\n    occurredAt\n    action\n    outcome\n    recordType\n    requestId\n    note\n    operation\n    actor {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ChartAccessLog($clientId: ID!, $first: Int!, $after: String) {\n    chartAccessLog(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ChartAccessLogPanel_event\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChartAccess_client on Client {\n    id\n    access {\n      canEdit\n      emergencyOnly\n    }\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      status\n      admittedAt\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ChartAccess_client on Client {\n    id\n    access {\n      canEdit\n      emergencyOnly\n    }\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n      }\n    }\n    episodes {\n      id\n      status\n      admittedAt\n      program {\n        id\n      }\n      primaryClinician {\n        id\n      }\n      caseManager {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ClientChartHeader_client on Client {\n    id\n    displayName\n    firstName\n    lastName\n    preferredName\n    pronouns\n    dateOfBirth\n    currentEpisode {\n      id\n      status\n      admittedAt\n      openedAt\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n      ...EpisodeWorkspace_client\n      ...TreatmentPlanChartCard_client\n    }\n  }\n',
): (typeof documents)['\n  query ClientChart($id: ID!) {\n    client(id: $id) {\n      id\n      ...ClientChartHeader_client\n      ...ContactDetailsCard_client\n      ...EpisodeList_client\n      ...ChartAccess_client\n      ...EpisodeWorkspace_client\n      ...TreatmentPlanChartCard_client\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ContactDetailsCard_client on Client {\n    id\n    version\n    preferredName\n    pronouns\n    phone\n    email\n    sobrietyDate\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EpisodeList_client on Client {\n    id\n    episodes {\n      id\n      status\n      openedAt\n      admittedAt\n      dischargedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n      caseManager {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      grantedAt\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on Client {\n        id\n        ...ContactDetailsCard_client\n        ...ClientChartHeader_client\n      }\n      ... on ClientConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...ContactDetailsCard_client\n          ...ClientChartHeader_client\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateClientContact($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on Client {\n        id\n        ...ContactDetailsCard_client\n        ...ClientChartHeader_client\n      }\n      ... on ClientConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...ContactDetailsCard_client\n          ...ClientChartHeader_client\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment CensusSection_dashboard on DirectorDashboard {\n    census {\n      program {\n        id\n        name\n      }\n      status\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n',
): (typeof documents)['\n  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {\n    caseloads {\n      clinician {\n        id\n        displayName\n      }\n      activeClients\n      reviewsOverdue\n      reviewsDueSoon\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n',
): (typeof documents)['\n  query DirectorDashboard($filter: DashboardFilter) {\n    directorDashboard(filter: $filter) {\n      generatedAt\n      census {\n        count\n      }\n      caseloads {\n        clinician {\n          id\n          displayName\n        }\n      }\n      ...KpiCards_dashboard\n      ...CensusSection_dashboard\n      ...WeeklyFlowSection_dashboard\n      ...ClinicianCaseloadSection_dashboard\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardDrillDown(\n    $input: DashboardDrillDownInput!\n    $sort: DashboardClientSort\n    $first: Int\n    $after: String\n  ) {\n    dashboardClients(input: $input, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardDrillDown(\n    $input: DashboardDrillDownInput!\n    $sort: DashboardClientSort\n    $first: Int\n    $after: String\n  ) {\n    dashboardClients(input: $input, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n',
): (typeof documents)['\n  fragment DrillDownRow_row on DashboardClientRow {\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n        timeZone\n      }\n      primaryClinician {\n        id\n        displayName\n      }\n    }\n    reviewDueDate\n    reviewStatus\n    reviewReason\n    daysInProgram\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n',
): (typeof documents)['\n  fragment KpiCards_dashboard on DirectorDashboard {\n    reviews {\n      overdue\n      dueSoon\n    }\n    lengthOfStay {\n      inTreatment\n      averageDays\n      medianDays\n      pastTwelveWeeks\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n    $first: Int!\n  ) {\n    overdue: dashboardClients(input: $overdue, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardReviewsPreview(\n    $overdue: DashboardDrillDownInput!\n    $dueSoon: DashboardDrillDownInput!\n    $first: Int!\n  ) {\n    overdue: dashboardClients(input: $overdue, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n    dueSoon: dashboardClients(input: $dueSoon, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...DrillDownRow_row\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n',
): (typeof documents)['\n  query DashboardClinicians($programId: ID!) {\n    staffMembers(programId: $programId, role: CLINICIAN) {\n      id\n      displayName\n      lastName\n      firstName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n',
): (typeof documents)['\n  fragment WeeklyFlowSection_dashboard on DirectorDashboard {\n    weeklyFlow {\n      weekStart\n      admissions\n      discharges\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdmissionDecisionDialog_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    assessments {\n      id\n      instrument\n      administeredAt\n      answers\n    }\n    ...EpisodeAdmission_episode\n  }\n',
): (typeof documents)['\n  fragment AdmissionDecisionDialog_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    assessments {\n      id\n      instrument\n      administeredAt\n      answers\n    }\n    ...EpisodeAdmission_episode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CareTeamCard_episode on Episode {\n    id\n    version\n    status\n    phase\n    program {\n      id\n      name\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment CareTeamCard_episode on Episode {\n    id\n    version\n    status\n    phase\n    program {\n      id\n      name\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TheirEpisode_episode on Episode {\n    id\n    version\n    status\n    updatedAt\n    primaryClinician {\n      id\n    }\n    caseManager {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment TheirEpisode_episode on Episode {\n    id\n    version\n    status\n    updatedAt\n    primaryClinician {\n      id\n    }\n    caseManager {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EpisodeMoves_episode on Episode {\n    id\n    version\n    status\n    availableTransitions {\n      to\n      label\n      admissionDecision\n      reasonRequired\n      dischargeTypes\n      description\n    }\n    admission {\n      mayDecideAdmission\n    }\n    client {\n      id\n    }\n    worklist {\n      kind\n      daysUntilDue\n    }\n  }\n',
): (typeof documents)['\n  fragment EpisodeMoves_episode on Episode {\n    id\n    version\n    status\n    availableTransitions {\n      to\n      label\n      admissionDecision\n      reasonRequired\n      dischargeTypes\n      description\n    }\n    admission {\n      mayDecideAdmission\n    }\n    client {\n      id\n    }\n    worklist {\n      kind\n      daysUntilDue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EpisodeWorkspace_episode on Episode {\n    id\n    version\n    status\n    phase\n    openedAt\n    admittedAt\n    dischargedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    ...EpisodeLifecycle_episode\n    ...EpisodeMoves_episode\n    ...TransitionHistory_episode\n    ...OrientationChecklist_episode\n    ...CareTeamCard_episode\n    ...LevelOfCareCard_episode\n  }\n',
): (typeof documents)['\n  fragment EpisodeWorkspace_episode on Episode {\n    id\n    version\n    status\n    phase\n    openedAt\n    admittedAt\n    dischargedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    primaryClinician {\n      id\n      displayName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    ...EpisodeLifecycle_episode\n    ...EpisodeMoves_episode\n    ...TransitionHistory_episode\n    ...OrientationChecklist_episode\n    ...CareTeamCard_episode\n    ...LevelOfCareCard_episode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EpisodeWorkspace_client on Client {\n    id\n    displayName\n    ...ChartAccess_client\n    currentEpisode {\n      id\n      status\n      program {\n        id\n        name\n      }\n      ...EpisodeLifecycle_episode\n      ...EpisodeMoves_episode\n      ...AdmissionDecisionDialog_episode\n      ...TransitionHistory_episode\n      ...IntakeAssessment_episode\n      ...OrientationChecklist_episode\n      ...CareTeamCard_episode\n      ...LevelOfCareCard_episode\n    }\n  }\n',
): (typeof documents)['\n  fragment EpisodeWorkspace_client on Client {\n    id\n    displayName\n    ...ChartAccess_client\n    currentEpisode {\n      id\n      status\n      program {\n        id\n        name\n      }\n      ...EpisodeLifecycle_episode\n      ...EpisodeMoves_episode\n      ...AdmissionDecisionDialog_episode\n      ...TransitionHistory_episode\n      ...IntakeAssessment_episode\n      ...OrientationChecklist_episode\n      ...CareTeamCard_episode\n      ...LevelOfCareCard_episode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IntakeAssessment_assessment on Assessment {\n    id\n    instrument\n    instrumentVersion\n    answers\n    administeredAt\n    administeredBy {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment IntakeAssessment_assessment on Assessment {\n    id\n    instrument\n    instrumentVersion\n    answers\n    administeredAt\n    administeredBy {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IntakeAssessment_episode on Episode {\n    id\n    status\n    program {\n      id\n      timeZone\n    }\n    assessments {\n      id\n      ...IntakeAssessment_assessment\n    }\n    admission {\n      mayRecordAsam\n    }\n  }\n',
): (typeof documents)['\n  fragment IntakeAssessment_episode on Episode {\n    id\n    status\n    program {\n      id\n      timeZone\n    }\n    assessments {\n      id\n      ...IntakeAssessment_assessment\n    }\n    admission {\n      mayRecordAsam\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LevelOfCareCard_episode on Episode {\n    id\n    version\n    phase\n    levelOfCare\n    authorizedLevelOfCare\n    levelOfCareChangedAt\n    program {\n      id\n      timeZone\n    }\n    levelOfCareHistory {\n      id\n      clinicalLevel\n      authorizedLevel\n      levelChanged\n      reason\n      changedAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment LevelOfCareCard_episode on Episode {\n    id\n    version\n    phase\n    levelOfCare\n    authorizedLevelOfCare\n    levelOfCareChangedAt\n    program {\n      id\n      timeZone\n    }\n    levelOfCareHistory {\n      id\n      clinicalLevel\n      authorizedLevel\n      levelChanged\n      reason\n      changedAt\n      changedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EpisodeLifecycle_episode on Episode {\n    id\n    status\n    openedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      occurredAt\n      admissionDecision\n    }\n  }\n',
): (typeof documents)['\n  fragment EpisodeLifecycle_episode on Episode {\n    id\n    status\n    openedAt\n    referralSource\n    program {\n      id\n      name\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      occurredAt\n      admissionDecision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrientationChecklist_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      timeZone\n    }\n    orientationChecklist {\n      key\n      label\n      doneAt\n    }\n  }\n',
): (typeof documents)['\n  fragment OrientationChecklist_episode on Episode {\n    id\n    version\n    status\n    program {\n      id\n      timeZone\n    }\n    orientationChecklist {\n      key\n      label\n      doneAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TransitionHistory_episode on Episode {\n    id\n    openedAt\n    referralSource\n    program {\n      id\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      reason\n      admissionDecision\n      admissionRationale\n      dischargeType\n      ageOverrideReason\n      actorRole\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TransitionHistory_episode on Episode {\n    id\n    openedAt\n    referralSource\n    program {\n      id\n      timeZone\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      reason\n      admissionDecision\n      admissionRationale\n      dischargeType\n      ageOverrideReason\n      actorRole\n      occurredAt\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignCareTeam($input: AssignCareTeamInput!) {\n    assignCareTeam(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...CareTeamCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignCareTeam($input: AssignCareTeamInput!) {\n    assignCareTeam(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...CareTeamCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeLevelOfCare($input: ChangeLevelOfCareInput!) {\n    changeLevelOfCare(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...LevelOfCareCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeLevelOfCare($input: ChangeLevelOfCareInput!) {\n    changeLevelOfCare(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...LevelOfCareCard_episode\n      }\n      ... on EpisodeConflict {\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgramStaff($programId: ID!, $role: StaffRole!) {\n    staffMembers(programId: $programId, role: $role) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query ProgramStaff($programId: ID!, $role: StaffRole!) {\n    staffMembers(programId: $programId, role: $role) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n      ...IntakeAssessment_assessment\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n      ...IntakeAssessment_assessment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EpisodeAdmission_episode on Episode {\n    id\n    admission {\n      mayDecideAdmission\n      mayRecordAsam\n      mayOverrideAgeRule\n      recommendedLevelOfCare\n      problems {\n        requirement\n        field\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EpisodeAdmission_episode on Episode {\n    id\n    admission {\n      mayDecideAdmission\n      mayRecordAsam\n      mayOverrideAgeRule\n      recommendedLevelOfCare\n      problems {\n        requirement\n        field\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EpisodeAdmission($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeAdmission_episode\n    }\n  }\n',
): (typeof documents)['\n  query EpisodeAdmission($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeAdmission_episode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransitionEpisode($input: TransitionEpisodeInput!) {\n    transitionEpisode(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...EpisodeWorkspace_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TransitionEpisode($input: TransitionEpisodeInput!) {\n    transitionEpisode(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        ...EpisodeWorkspace_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EpisodeRefresh($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeWorkspace_episode\n    }\n  }\n',
): (typeof documents)['\n  query EpisodeRefresh($id: ID!) {\n    episode(id: $id) {\n      id\n      ...EpisodeWorkspace_episode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...OrientationChecklist_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrientation($input: UpdateOrientationInput!) {\n    updateOrientation(input: $input) {\n      __typename\n      ... on Episode {\n        id\n        version\n        ...OrientationChecklist_episode\n      }\n      ... on EpisodeConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          ...TheirEpisode_episode\n          ...EpisodeWorkspace_episode\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IntakeClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          currentEpisode {\n            id\n            openedAt\n          }\n          ...IntakeRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IntakeClients($filter: ClientFilter, $first: Int!, $after: String) {\n    clients(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          currentEpisode {\n            id\n            openedAt\n          }\n          ...IntakeRow_client\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IntakeRow_client on Client {\n    id\n    displayName\n    pronouns\n    currentEpisode {\n      id\n      status\n      openedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment IntakeRow_client on Client {\n    id\n    displayName\n    pronouns\n    currentEpisode {\n      id\n      status\n      openedAt\n      referralSource\n      program {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PossibleDuplicates($input: PossibleDuplicatesInput!) {\n    possibleDuplicates(input: $input) {\n      clientId\n      firstName\n      lastName\n      dateOfBirth\n      match\n      lastProgramName\n      lastEpisodeStatusLabel\n      mayReadmit\n    }\n  }\n',
): (typeof documents)['\n  query PossibleDuplicates($input: PossibleDuplicatesInput!) {\n    possibleDuplicates(input: $input) {\n      clientId\n      firstName\n      lastName\n      dateOfBirth\n      match\n      lastProgramName\n      lastEpisodeStatusLabel\n      mayReadmit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenInquiry($input: OpenInquiryInput!) {\n    openInquiry(input: $input) {\n      id\n      status\n      client {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenInquiry($input: OpenInquiryInput!) {\n    openInquiry(input: $input) {\n      id\n      status\n      client {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query PlaygroundPrograms {\n    programs {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TodayItem_item on WorklistItem {\n    kind\n    dueDate\n    daysUntilDue\n    client {\n      id\n      displayName\n      pronouns\n    }\n    episode {\n      id\n      status\n      program {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n        program {\n          id\n          timeZone\n        }\n      }\n      ...TodayItem_item\n    }\n  }\n',
): (typeof documents)['\n  query TodayWorklist {\n    myWorklist {\n      kind\n      daysUntilDue\n      client {\n        id\n      }\n      episode {\n        id\n        program {\n          id\n          timeZone\n        }\n      }\n      ...TodayItem_item\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    lineageId\n    position\n    description\n    horizon\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    objectives {\n      id\n      lineageId\n      description\n      measure\n      ...ObjectiveCard_objective\n    }\n    progress {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    lineageId\n    position\n    description\n    horizon\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    objectives {\n      id\n      lineageId\n      description\n      measure\n      ...ObjectiveCard_objective\n    }\n    progress {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ObjectiveCard_objective on PlanObjective {\n    id\n    version\n    lineageId\n    position\n    description\n    measure\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    interventions {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ObjectiveCard_objective on PlanObjective {\n    id\n    version\n    lineageId\n    position\n    description\n    measure\n    targetDate\n    lifecycleStatus\n    achievementStatus\n    updatedAt\n    statusHistory {\n      id\n      ...StatusHistory_change\n    }\n    interventions {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TreatmentPlanChartCard_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n        timeZone\n      }\n      initialPlanDue {\n        dueDate\n        status\n        reason\n        daysUntilDue\n        scheduledDate\n      }\n      currentTreatmentPlan {\n        id\n        versionNumber\n        status\n        reviewClock {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        problems {\n          id\n          goals {\n            id\n            lifecycleStatus\n            achievementStatus\n            progress {\n              id\n              recordedOn\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TreatmentPlanChartCard_client on Client {\n    id\n    currentEpisode {\n      id\n      phase\n      program {\n        id\n        timeZone\n      }\n      initialPlanDue {\n        dueDate\n        status\n        reason\n        daysUntilDue\n        scheduledDate\n      }\n      currentTreatmentPlan {\n        id\n        versionNumber\n        status\n        reviewClock {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        problems {\n          id\n          goals {\n            id\n            lifecycleStatus\n            achievementStatus\n            progress {\n              id\n              recordedOn\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanDiffView_tree on TreatmentPlan {\n    id\n    versionNumber\n    problems {\n      id\n      domain\n      clientWords\n      goals {\n        id\n        description\n        objectives {\n          id\n          description\n          interventions {\n            id\n            modality\n            frequency\n            responsibleStaff {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanDiffView_tree on TreatmentPlan {\n    id\n    versionNumber\n    problems {\n      id\n      domain\n      clientWords\n      goals {\n        id\n        description\n        objectives {\n          id\n          description\n          interventions {\n            id\n            modality\n            frequency\n            responsibleStaff {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanDiffView_kind on PlanElementKindDiff {\n    kind\n    added\n    removed\n    changed\n    unchanged\n    changes {\n      change\n      lineageId\n      fromId\n      toId\n      kind\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanDiffView_kind on PlanElementKindDiff {\n    kind\n    added\n    removed\n    changed\n    unchanged\n    changes {\n      change\n      lineageId\n      fromId\n      toId\n      kind\n      fields {\n        field\n        from\n        to\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanDiff($fromPlanId: ID!, $toPlanId: ID!) {\n    treatmentPlanDiff(fromPlanId: $fromPlanId, toPlanId: $toPlanId) {\n      fromPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      toPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      problems {\n        ...PlanDiffView_kind\n      }\n      goals {\n        ...PlanDiffView_kind\n      }\n      objectives {\n        ...PlanDiffView_kind\n      }\n      interventions {\n        ...PlanDiffView_kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanDiff($fromPlanId: ID!, $toPlanId: ID!) {\n    treatmentPlanDiff(fromPlanId: $fromPlanId, toPlanId: $toPlanId) {\n      fromPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      toPlan {\n        id\n        ...PlanDiffView_tree\n      }\n      problems {\n        ...PlanDiffView_kind\n      }\n      goals {\n        ...PlanDiffView_kind\n      }\n      objectives {\n        ...PlanDiffView_kind\n      }\n      interventions {\n        ...PlanDiffView_kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanHeader_plan on TreatmentPlan {\n    id\n    version\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    lastReviewedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    reviewClock {\n      dueDate\n      status\n      reason\n      daysUntilDue\n      scheduledDate\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n    problems {\n      id\n      goals {\n        id\n        lifecycleStatus\n        achievementStatus\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanHeader_plan on TreatmentPlan {\n    id\n    version\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    lastReviewedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    reviewClock {\n      dueDate\n      status\n      reason\n      daysUntilDue\n      scheduledDate\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n    problems {\n      id\n      goals {\n        id\n        lifecycleStatus\n        achievementStatus\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanHistory_version on TreatmentPlan {\n    id\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanHistory_version on TreatmentPlan {\n    id\n    versionNumber\n    status\n    createdAt\n    activatedAt\n    endedAt\n    endReason\n    createdBy {\n      id\n      displayName\n    }\n    requiredSigners\n    signatures {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n    }\n    reviews {\n      id\n      outcome\n      note\n      reviewedAt\n      reviewedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TreatmentPlanPage($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      displayName\n      access {\n        canEdit\n        emergencyAccessUntil\n      }\n      currentEpisode {\n        id\n        status\n        phase\n        admittedAt\n        program {\n          id\n          name\n          timeZone\n          planReviewIntervalDays\n          requiresSupervisorSignature\n        }\n        initialPlanDue {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        currentTreatmentPlan {\n          id\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TreatmentPlanPage($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      displayName\n      access {\n        canEdit\n        emergencyAccessUntil\n      }\n      currentEpisode {\n        id\n        status\n        phase\n        admittedAt\n        program {\n          id\n          name\n          timeZone\n          planReviewIntervalDays\n          requiresSupervisorSignature\n        }\n        initialPlanDue {\n          dueDate\n          status\n          reason\n          daysUntilDue\n          scheduledDate\n        }\n        currentTreatmentPlan {\n          id\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TreatmentPlanView($id: ID!) {\n    treatmentPlan(id: $id) {\n      id\n      version\n      versionNumber\n      status\n      reviewClock {\n        status\n      }\n      signable {\n        missing {\n          path\n          message\n          code\n        }\n      }\n      capabilities {\n        canEdit {\n          allowed\n          reason\n        }\n        canSubmit {\n          allowed\n        }\n        canReturnToDraft {\n          allowed\n        }\n        canReview {\n          allowed\n        }\n        canRevise {\n          allowed\n        }\n        canClose {\n          allowed\n        }\n        canSetStatus {\n          allowed\n          reason\n        }\n        canRecordProgress {\n          allowed\n        }\n        canAmendProgress {\n          allowed\n        }\n      }\n      problems {\n        id\n        version\n        position\n        goals {\n          id\n          version\n          position\n          objectives {\n            id\n            version\n            position\n            measure\n            targetDate\n            interventions {\n              id\n              version\n              position\n            }\n          }\n        }\n        ...ProblemCard_problem\n      }\n      ...PlanHeader_plan\n      ...SigningPanel_plan\n    }\n  }\n',
): (typeof documents)['\n  query TreatmentPlanView($id: ID!) {\n    treatmentPlan(id: $id) {\n      id\n      version\n      versionNumber\n      status\n      reviewClock {\n        status\n      }\n      signable {\n        missing {\n          path\n          message\n          code\n        }\n      }\n      capabilities {\n        canEdit {\n          allowed\n          reason\n        }\n        canSubmit {\n          allowed\n        }\n        canReturnToDraft {\n          allowed\n        }\n        canReview {\n          allowed\n        }\n        canRevise {\n          allowed\n        }\n        canClose {\n          allowed\n        }\n        canSetStatus {\n          allowed\n          reason\n        }\n        canRecordProgress {\n          allowed\n        }\n        canAmendProgress {\n          allowed\n        }\n      }\n      problems {\n        id\n        version\n        position\n        goals {\n          id\n          version\n          position\n          objectives {\n            id\n            version\n            position\n            measure\n            targetDate\n            interventions {\n              id\n              version\n              position\n            }\n          }\n        }\n        ...ProblemCard_problem\n      }\n      ...PlanHeader_plan\n      ...SigningPanel_plan\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanVersions($episodeId: ID!) {\n    episodeTreatmentPlans(episodeId: $episodeId) {\n      id\n      versionNumber\n      status\n      createdAt\n      activatedAt\n      endedAt\n      endReason\n      createdBy {\n        id\n        displayName\n      }\n      ...PlanHistory_version\n    }\n  }\n',
): (typeof documents)['\n  query PlanVersions($episodeId: ID!) {\n    episodeTreatmentPlans(episodeId: $episodeId) {\n      id\n      versionNumber\n      status\n      createdAt\n      activatedAt\n      endedAt\n      endReason\n      createdBy {\n        id\n        displayName\n      }\n      ...PlanHistory_version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProblemCard_problem on PlanProblem {\n    id\n    version\n    lineageId\n    position\n    domain\n    clientWords\n    strengths\n    updatedAt\n    goals {\n      id\n      ...GoalCard_goal\n    }\n  }\n',
): (typeof documents)['\n  fragment ProblemCard_problem on PlanProblem {\n    id\n    version\n    lineageId\n    position\n    domain\n    clientWords\n    strengths\n    updatedAt\n    goals {\n      id\n      ...GoalCard_goal\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SigningPanel_plan on TreatmentPlan {\n    id\n    version\n    status\n    signatureHistory: signatures(includeVoided: true) {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n    capabilities {\n      canSign {\n        signer\n        required\n        allowed\n        reason\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SigningPanel_plan on TreatmentPlan {\n    id\n    version\n    status\n    signatureHistory: signatures(includeVoided: true) {\n      id\n      signer\n      signedName\n      signedAt\n      signedBy {\n        id\n        displayName\n      }\n      voidedAt\n      voidReason\n      voidedBy {\n        id\n        displayName\n      }\n    }\n    capabilities {\n      canSign {\n        signer\n        required\n        allowed\n        reason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatusHistory_change on PlanStatusChange {\n    id\n    fromLifecycleStatus\n    toLifecycleStatus\n    fromAchievementStatus\n    toAchievementStatus\n    reason\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment StatusHistory_change on PlanStatusChange {\n    id\n    fromLifecycleStatus\n    toLifecycleStatus\n    fromAchievementStatus\n    toAchievementStatus\n    reason\n    changedAt\n    changedBy {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPlanGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      ...GoalCard_goal\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPlanGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      ...GoalCard_goal\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePlanGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        description\n        horizon\n        targetDate\n        updatedAt\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePlanGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        description\n        horizon\n        targetDate\n        updatedAt\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePlanGoal($input: RemovePlanElementInput!) {\n    removeGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemovePlanGoal($input: RemovePlanElementInput!) {\n    removeGoal(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          horizon\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPlanIntervention($input: AddInterventionInput!) {\n    addIntervention(input: $input) {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPlanIntervention($input: AddInterventionInput!) {\n    addIntervention(input: $input) {\n      id\n      version\n      lineageId\n      position\n      modality\n      description\n      frequency\n      updatedAt\n      responsibleStaff {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePlanIntervention($input: UpdateInterventionInput!) {\n    updateIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n        version\n        lineageId\n        position\n        modality\n        description\n        frequency\n        updatedAt\n        responsibleStaff {\n          id\n          displayName\n        }\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePlanIntervention($input: UpdateInterventionInput!) {\n    updateIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n        version\n        lineageId\n        position\n        modality\n        description\n        frequency\n        updatedAt\n        responsibleStaff {\n          id\n          displayName\n        }\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePlanIntervention($input: RemovePlanElementInput!) {\n    removeIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemovePlanIntervention($input: RemovePlanElementInput!) {\n    removeIntervention(input: $input) {\n      __typename\n      ... on PlanIntervention {\n        id\n      }\n      ... on PlanInterventionConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          modality\n          description\n          frequency\n          updatedAt\n          responsibleStaff {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPlanObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      id\n      ...ObjectiveCard_objective\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPlanObjective($input: AddObjectiveInput!) {\n    addObjective(input: $input) {\n      id\n      ...ObjectiveCard_objective\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePlanObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        description\n        measure\n        targetDate\n        updatedAt\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePlanObjective($input: UpdateObjectiveInput!) {\n    updateObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        description\n        measure\n        targetDate\n        updatedAt\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePlanObjective($input: RemovePlanElementInput!) {\n    removeObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemovePlanObjective($input: RemovePlanElementInput!) {\n    removeObjective(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          description\n          measure\n          targetDate\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTreatmentPlan($input: CreateTreatmentPlanInput!) {\n    createTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        status\n        versionNumber\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          status\n          versionNumber\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTreatmentPlan($input: CreateTreatmentPlanInput!) {\n    createTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        status\n        versionNumber\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          status\n          versionNumber\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitPlanForSignature($input: PlanVersionInput!) {\n    submitPlanForSignature(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitPlanForSignature($input: PlanVersionInput!) {\n    submitPlanForSignature(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnPlanToDraft($input: PlanVersionInput!) {\n    returnPlanToDraft(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnPlanToDraft($input: PlanVersionInput!) {\n    returnPlanToDraft(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignPlan($input: SignPlanInput!) {\n    signPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignPlan($input: SignPlanInput!) {\n    signPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n        ...SigningPanel_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n          ...SigningPanel_plan\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanStaffOptions($programId: ID!) {\n    staffMembers(programId: $programId) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query PlanStaffOptions($programId: ID!) {\n    staffMembers(programId: $programId) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPlanProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      id\n      ...ProblemCard_problem\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPlanProblem($input: AddProblemInput!) {\n    addProblem(input: $input) {\n      id\n      ...ProblemCard_problem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePlanProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n        version\n        domain\n        clientWords\n        strengths\n        updatedAt\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePlanProblem($input: UpdateProblemInput!) {\n    updateProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n        version\n        domain\n        clientWords\n        strengths\n        updatedAt\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemovePlanProblem($input: RemovePlanElementInput!) {\n    removeProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemovePlanProblem($input: RemovePlanElementInput!) {\n    removeProblem(input: $input) {\n      __typename\n      ... on PlanProblem {\n        id\n      }\n      ... on PlanProblemConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          position\n          domain\n          clientWords\n          strengths\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CorrectGoalProgress($input: CorrectGoalProgressInput!) {\n    correctGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CorrectGoalProgress($input: CorrectGoalProgressInput!) {\n    correctGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VoidGoalProgress($input: VoidGoalProgressInput!) {\n    voidGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation VoidGoalProgress($input: VoidGoalProgressInput!) {\n    voidGoalProgress(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordGoalProgress($input: RecordGoalProgressInput!) {\n    recordGoalProgress(input: $input) {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordGoalProgress($input: RecordGoalProgressInput!) {\n    recordGoalProgress(input: $input) {\n      id\n      recordedOn\n      rating\n      measureValue\n      note\n      objectiveLineageId\n      createdAt\n      author {\n        id\n        displayName\n      }\n      status\n      amendReason\n      correctedBy {\n        id\n        author {\n          id\n          displayName\n        }\n        createdAt\n        amendReason\n      }\n      voided {\n        at\n        reason\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderPlanElements($input: ReorderPlanElementsInput!) {\n    reorderPlanElements(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        problems {\n          id\n          version\n          position\n          goals {\n            id\n            version\n            position\n            objectives {\n              id\n              version\n              position\n              interventions {\n                id\n                version\n                position\n              }\n            }\n          }\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          problems {\n            id\n            version\n            position\n            goals {\n              id\n              version\n              position\n              objectives {\n                id\n                version\n                position\n                interventions {\n                  id\n                  version\n                  position\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderPlanElements($input: ReorderPlanElementsInput!) {\n    reorderPlanElements(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        problems {\n          id\n          version\n          position\n          goals {\n            id\n            version\n            position\n            objectives {\n              id\n              version\n              position\n              interventions {\n                id\n                version\n                position\n              }\n            }\n          }\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          problems {\n            id\n            version\n            position\n            goals {\n              id\n              version\n              position\n              objectives {\n                id\n                version\n                position\n                interventions {\n                  id\n                  version\n                  position\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewPlan($input: ReviewPlanInput!) {\n    reviewPlan(input: $input) {\n      __typename\n      ... on ReviewPlanPayload {\n        review {\n          id\n        }\n        plan {\n          id\n          version\n          ...PlanHeader_plan\n        }\n        revision {\n          id\n          versionNumber\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          versionNumber\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewPlan($input: ReviewPlanInput!) {\n    reviewPlan(input: $input) {\n      __typename\n      ... on ReviewPlanPayload {\n        review {\n          id\n        }\n        plan {\n          id\n          version\n          ...PlanHeader_plan\n        }\n        revision {\n          id\n          versionNumber\n        }\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          versionNumber\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseTreatmentPlan($input: CloseTreatmentPlanInput!) {\n    closeTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseTreatmentPlan($input: CloseTreatmentPlanInput!) {\n    closeTreatmentPlan(input: $input) {\n      __typename\n      ... on TreatmentPlan {\n        id\n        version\n        status\n        ...PlanHeader_plan\n      }\n      ... on TreatmentPlanConflict {\n        message\n        current {\n          id\n          version\n          status\n          ...PlanHeader_plan\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPlanGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPlanGoalStatus($input: SetGoalStatusInput!) {\n    setGoalStatus(input: $input) {\n      __typename\n      ... on PlanGoal {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanGoalConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPlanObjectiveStatus($input: SetObjectiveStatusInput!) {\n    setObjectiveStatus(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPlanObjectiveStatus($input: SetObjectiveStatusInput!) {\n    setObjectiveStatus(input: $input) {\n      __typename\n      ... on PlanObjective {\n        id\n        version\n        lifecycleStatus\n        achievementStatus\n        updatedAt\n        statusHistory {\n          id\n          ...StatusHistory_change\n        }\n      }\n      ... on PlanObjectiveConflict {\n        message\n        savedBy {\n          id\n          displayName\n        }\n        current {\n          id\n          version\n          lifecycleStatus\n          achievementStatus\n          updatedAt\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
