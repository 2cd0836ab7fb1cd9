import { EmptyState, Table, Text } from '@mantine/core';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { sortCaseloads } from './dashboard-figures';
import { DashboardSection } from './dashboard-section';
import { MetricLink } from './metric-link';

export const ClinicianCaseloadSectionFragment = graphql(`
  fragment ClinicianCaseloadSection_dashboard on DirectorDashboard {
    caseloads {
      clinician {
        id
        displayName
      }
      activeClients
      reviewsOverdue
      reviewsDueSoon
    }
  }
`);

const th = {
  fz: 'xs',
  tt: 'uppercase',
  c: 'dimmed',
  fw: 600,
  style: { letterSpacing: '0.04em', whiteSpace: 'nowrap' },
} as const;

/** Active clients per primary clinician, largest caseload first, with their plan reviews. */
export function ClinicianCaseloadSection(props: {
  dashboard: FragmentType<typeof ClinicianCaseloadSectionFragment>;
}) {
  const caseloads = sortCaseloads(
    getFragmentData(ClinicianCaseloadSectionFragment, props.dashboard).caseloads,
  );
  return (
    <DashboardSection
      title="Caseload per clinician"
      description="Clients in treatment by primary clinician, largest caseload first"
      data-testid="caseload-section"
    >
      {caseloads.length === 0 ? (
        <EmptyState
          py="lg"
          variant="light"
          title="No clinicians in these programs"
          description="Clinicians appear here once they have a role in the program."
        />
      ) : (
        <Table.ScrollContainer minWidth={440}>
          <Table verticalSpacing={6} horizontalSpacing="sm" data-testid="clinician-caseload-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th {...th}>Clinician</Table.Th>
                <Table.Th {...th} ta="right">
                  Active
                </Table.Th>
                <Table.Th {...th} ta="right">
                  Overdue
                </Table.Th>
                <Table.Th {...th} ta="right">
                  Due in 7 days
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {caseloads.map((c) => {
                const who = c.clinician.displayName;
                const key = c.clinician.id;
                return (
                  <Table.Tr key={key} data-testid="clinician-caseload-row">
                    <Table.Td>
                      <Text size="sm">{who}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <MetricLink
                        value={c.activeClients}
                        drill={{ kind: 'clinician-active', key, programId: null }}
                        label={`clients in treatment with ${who}`}
                      />
                    </Table.Td>
                    <Table.Td ta="right">
                      <MetricLink
                        value={c.reviewsOverdue}
                        drill={{ kind: 'clinician-overdue', key, programId: null }}
                        label={`plan reviews overdue for ${who}`}
                        color="red.8"
                        fw={700}
                      />
                    </Table.Td>
                    <Table.Td ta="right">
                      <MetricLink
                        value={c.reviewsDueSoon}
                        drill={{ kind: 'clinician-due-soon', key, programId: null }}
                        label={`plan reviews due within 7 days for ${who}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </DashboardSection>
  );
}
