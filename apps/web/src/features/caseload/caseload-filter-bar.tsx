import { useQuery } from '@apollo/client/react';
import { Chip, CloseButton, Group, Input, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { EpisodePhase } from '@waypoint/domain';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { phaseLabels, phasesInOrder } from '../../ui/episode-status';
import { SearchIcon } from '../../ui/icons';
import type { CaseloadFilters } from './caseload-filters';
import type { UpdateCaseloadFilters } from './use-caseload-filters';

const CaseloadProgramsQuery = graphql(`
  query CaseloadPrograms {
    programs {
      id
      name
    }
  }
`);

const CaseloadCliniciansQuery = graphql(`
  query CaseloadClinicians($programId: ID) {
    staffMembers(programId: $programId, role: CLINICIAN) {
      id
      displayName
    }
  }
`);

const SEARCH_DELAY_MS = 300;

const isPhase = (value: string): value is EpisodePhase =>
  (phasesInOrder as readonly string[]).includes(value);

interface CaseloadFilterBarProps {
  filters: CaseloadFilters;
  onChange: UpdateCaseloadFilters;
}

export function CaseloadFilterBar({ filters, onChange }: CaseloadFilterBarProps) {
  const programs = useQuery(CaseloadProgramsQuery);
  const clinicians = useQuery(CaseloadCliniciansQuery, {
    variables: { programId: filters.programId },
  });

  // The search box answers every keystroke; the URL (and the query) follow once typing pauses.
  const [searchInput, setSearchInput] = useState(filters.search);
  const lastSentSearch = useRef(filters.search);
  const sendSearch = useDebouncedCallback((value: string) => {
    lastSentSearch.current = value.trim();
    onChange({ search: value }, { replace: true });
  }, SEARCH_DELAY_MS);
  useEffect(() => {
    // The URL changed under us (back button, "Clear filters"): show what it says.
    if (filters.search !== lastSentSearch.current) {
      sendSearch.cancel();
      lastSentSearch.current = filters.search;
      setSearchInput(filters.search);
    }
  }, [filters.search, sendSearch]);

  const setSearch = (value: string) => {
    setSearchInput(value);
    sendSearch(value);
  };

  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <TextInput
        label="Name"
        placeholder="Search by name"
        value={searchInput}
        onChange={(e) => setSearch(e.currentTarget.value)}
        leftSection={<SearchIcon />}
        rightSection={
          searchInput ? (
            <CloseButton size="sm" aria-label="Clear name search" onClick={() => setSearch('')} />
          ) : null
        }
        w={260}
      />
      <Select
        label="Program"
        placeholder={programs.loading ? 'Loading…' : 'All programs'}
        data={programs.data?.programs.map((p) => ({ value: p.id, label: p.name })) ?? []}
        value={filters.programId}
        // A clinician list belongs to a program; a new program starts without one chosen.
        onChange={(programId) => onChange({ programId, clinicianId: null })}
        error={programs.error ? 'Programs could not be loaded' : undefined}
        clearable
        allowDeselect
        w={240}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label="Primary clinician"
        placeholder={clinicians.loading ? 'Loading…' : 'All clinicians'}
        data={
          clinicians.data?.staffMembers.map((s) => ({ value: s.id, label: s.displayName })) ?? []
        }
        value={filters.clinicianId}
        onChange={(clinicianId) => onChange({ clinicianId })}
        error={clinicians.error ? 'Clinicians could not be loaded' : undefined}
        nothingFoundMessage="No clinician by that name"
        searchable
        clearable
        allowDeselect
        w={240}
      />
      <div>
        <Input.Label id="caseload-phase-label">
          Phase
          {filters.phases.length === 0 && (
            <Text span size="xs" c="dimmed" fw={400} ml={6}>
              none chosen: every phase
            </Text>
          )}
        </Input.Label>
        <Chip.Group
          multiple
          value={filters.phases}
          onChange={(values) => onChange({ phases: values.filter(isPhase) })}
        >
          <Group
            gap={6}
            role="group"
            aria-labelledby="caseload-phase-label"
            mih={36}
            align="center"
          >
            {phasesInOrder.map((phase) => (
              <Chip key={phase} value={phase} size="sm" variant="light">
                {phaseLabels[phase]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>
    </Group>
  );
}
