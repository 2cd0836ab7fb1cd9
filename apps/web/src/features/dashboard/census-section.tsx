import { Box, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { episodeStatusColor } from '../../ui/episode-status';
import { censusMatrix, type CensusRow } from './dashboard-figures';
import { DashboardSection } from './dashboard-section';
import { MetricLink } from './metric-link';

export const CensusSectionFragment = graphql(`
  fragment CensusSection_dashboard on DirectorDashboard {
    census {
      program {
        id
        name
      }
      status
      count
    }
  }
`);

const headerStyle = { letterSpacing: '0.04em' } as const;

function ShareBar({ row, max }: { row: CensusRow; max: number }) {
  const width = max > 0 ? Math.max(row.total ? 4 : 0, Math.round((row.total / max) * 100)) : 0;
  return (
    <Box h={6} w="100%" bg="gray.1" style={{ borderRadius: 3 }} aria-hidden>
      <Box
        h={6}
        w={`${width}%`}
        bg={`${episodeStatusColor(row.status)}.5`}
        style={{ borderRadius: 3 }}
      />
    </Box>
  );
}

export function CensusSection(props: { dashboard: FragmentType<typeof CensusSectionFragment> }) {
  const { census } = getFragmentData(CensusSectionFragment, props.dashboard);
  const matrix = censusMatrix(census);
  const several = matrix.programs.length > 1;
  // Ended episodes (closed, referred out…) matter less day to day: folded away until asked for.
  const [showEnded, setShowEnded] = useState(false);
  const hasEnded = matrix.groups.some((g) => g.phase === 'ENDED');
  const groups = matrix.groups.filter((g) => showEnded || g.phase !== 'ENDED');
  const max = Math.max(0, ...matrix.groups.flatMap((g) => g.rows.map((r) => r.total)));
  return (
    <DashboardSection
      title="Census"
      description={`Current episodes by lifecycle state${several ? ' and program' : ''}`}
      data-testid="census-section"
    >
      <Table.ScrollContainer minWidth={several ? 460 : 320}>
        <Table verticalSpacing={6} horizontalSpacing="sm" data-testid="census-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th fz="xs" tt="uppercase" c="dimmed" fw={600} style={headerStyle}>
                Status
              </Table.Th>
              {matrix.programs.map((p) => (
                <Table.Th
                  key={p.id}
                  ta="right"
                  fz="xs"
                  c="dimmed"
                  fw={600}
                  style={{ ...headerStyle, whiteSpace: 'nowrap' }}
                >
                  {p.name}
                </Table.Th>
              ))}
              {several && (
                <Table.Th ta="right" fz="xs" tt="uppercase" c="dimmed" fw={600} style={headerStyle}>
                  Total
                </Table.Th>
              )}
              <Table.Th w="24%" aria-hidden />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => [
              <Table.Tr key={group.phase} bg="gray.0">
                <Table.Td
                  colSpan={matrix.programs.length + (several ? 3 : 2)}
                  py={4}
                  fz="xs"
                  fw={700}
                  c="dimmed"
                  tt="uppercase"
                  style={headerStyle}
                >
                  {group.label}
                </Table.Td>
              </Table.Tr>,
              ...group.rows.map((row) => (
                <Table.Tr key={row.status} data-testid={`census-row-${row.status}`}>
                  <Table.Td>
                    <Group gap={8} wrap="nowrap">
                      <Box
                        w={8}
                        h={8}
                        bg={`${episodeStatusColor(row.status)}.6`}
                        style={{ borderRadius: 2, flexShrink: 0 }}
                        aria-hidden
                      />
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {row.label}
                      </Text>
                    </Group>
                  </Table.Td>
                  {matrix.programs.map((p) => (
                    <Table.Td key={p.id} ta="right">
                      <MetricLink
                        value={row.byProgram[p.id] ?? 0}
                        drill={{ kind: 'census', key: row.status, programId: p.id }}
                        label={`${row.label.toLowerCase()} in ${p.name}`}
                        fw={several ? 500 : 600}
                      />
                    </Table.Td>
                  ))}
                  {several && (
                    <Table.Td ta="right">
                      <MetricLink
                        value={row.total}
                        drill={{ kind: 'census', key: row.status, programId: null }}
                        label={`${row.label.toLowerCase()} in all programs shown`}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <ShareBar row={row} max={max} />
                  </Table.Td>
                </Table.Tr>
              )),
            ])}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasEnded && (
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          mt="xs"
          onClick={() => setShowEnded((v) => !v)}
          aria-expanded={showEnded}
          data-testid="census-toggle-ended"
        >
          {showEnded ? 'Hide ended episodes' : 'Show ended episodes'}
        </Button>
      )}
    </DashboardSection>
  );
}
