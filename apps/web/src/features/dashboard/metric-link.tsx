import { Anchor, Text, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { DrillDown } from './dashboard-url';
import { useDrillDownLink } from './use-dashboard-url';

interface MetricLinkProps {
  drill: DrillDown;
  value: number;
  /** Read by screen readers and shown on hover: what the list behind the number is. */
  label: string;
  color?: MantineColor;
  fw?: number;
  children?: ReactNode;
  'data-testid'?: string;
}

/**
 * A number that opens the list of clients behind it. A zero has no one to list, so it is shown
 * quietly as text; every other number is a real link (keyboard, new tab, copyable address).
 */
export function MetricLink({
  drill,
  value,
  label,
  color,
  fw = 600,
  children,
  ...rest
}: MetricLinkProps) {
  const link = useDrillDownLink();
  const shown = children ?? value.toLocaleString('en-US');
  if (value === 0) {
    return (
      <Text span size="sm" c="dimmed" data-testid={rest['data-testid']}>
        {shown}
      </Text>
    );
  }
  const { to, state } = link(drill);
  return (
    <Anchor
      component={Link}
      to={to}
      state={state}
      size="sm"
      fw={fw}
      c={color}
      title={label}
      aria-label={`${value.toLocaleString('en-US')} ${label}`}
      data-testid={rest['data-testid']}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {shown}
    </Anchor>
  );
}
