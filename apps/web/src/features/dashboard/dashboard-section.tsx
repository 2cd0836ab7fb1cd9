import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface DashboardSectionProps {
  title: string;
  /** One line saying what the figures count. */
  description?: ReactNode;
  /** Links or controls on the right of the title. */
  actions?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
}

/**
 * One block of figures on the dashboard. Every section shares this frame, so a new figure
 * (attendance hours, screens, referrals, follow-ups, measures) joins the grid as one more card.
 */
export function DashboardSection({
  title,
  description,
  actions,
  children,
  ...rest
}: DashboardSectionProps) {
  const headingId = `dashboard-section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid={rest['data-testid']}
    >
      <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="nowrap">
        <div>
          <Title order={2} fz={17} id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="xs" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
