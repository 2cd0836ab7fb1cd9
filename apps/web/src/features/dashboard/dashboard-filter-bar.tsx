import { Group, MultiSelect, Select, Text } from '@mantine/core';
import type { DashboardFilters } from './dashboard-url';
import { useClinicianOptions } from './use-clinician-options';

export interface ProgramOption {
  id: string;
  name: string;
}

interface DashboardFilterBarProps {
  filters: DashboardFilters;
  /** The programs the viewer works in: the dashboard covers no others. */
  programs: readonly ProgramOption[];
  onChange: (changes: Partial<DashboardFilters>) => void;
}

export function DashboardFilterBar({ filters, programs, onChange }: DashboardFilterBarProps) {
  const scope = filters.programIds.length ? filters.programIds : programs.map((p) => p.id);
  const clinicians = useClinicianOptions(scope);
  // A clinician chosen from a link but not (yet) in the list still shows as chosen.
  const clinicianData =
    filters.clinicianId && !clinicians.options.some((o) => o.value === filters.clinicianId)
      ? [
          ...clinicians.options,
          {
            value: filters.clinicianId,
            label: clinicians.loading ? 'Loading…' : 'Unknown clinician',
          },
        ]
      : clinicians.options;

  return (
    <Group align="flex-end" gap="md" wrap="wrap" data-testid="dashboard-filters">
      {programs.length > 1 ? (
        <MultiSelect
          label="Programs"
          placeholder={filters.programIds.length ? undefined : 'All my programs'}
          data={programs.map((p) => ({ value: p.id, label: p.name }))}
          value={filters.programIds}
          // A clinician belongs to programs; a new choice of programs starts without one.
          onChange={(programIds) => onChange({ programIds, clinicianId: null })}
          clearable
          w={360}
          data-testid="dashboard-program-filter"
        />
      ) : (
        <div>
          <Text size="sm" fw={500} mb={4}>
            Program
          </Text>
          <Text size="sm" h={36} lh="36px" data-testid="dashboard-program-name">
            {programs[0]?.name ?? 'No programs'}
          </Text>
        </div>
      )}
      <Select
        label="Primary clinician"
        placeholder={clinicians.loading ? 'Loading…' : 'All clinicians'}
        data={clinicianData}
        value={filters.clinicianId}
        onChange={(clinicianId) => onChange({ clinicianId })}
        error={clinicians.failed ? 'Clinicians could not be loaded' : undefined}
        nothingFoundMessage="No clinician by that name"
        searchable
        clearable
        allowDeselect
        w={280}
        data-testid="dashboard-clinician-filter"
      />
    </Group>
  );
}
