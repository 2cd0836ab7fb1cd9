import { formatCountdown } from '../../ui/dates';

/** Whether a break-glass grant still opens the chart, as a short label. */
export function grantStatus(expiresAt: string, now: number): { active: boolean; label: string } {
  const left = Date.parse(expiresAt) - now;
  if (!(left > 0)) return { active: false, label: 'Expired' };
  const minutes = Math.ceil(left / 60_000);
  return {
    active: true,
    label: minutes > 1 ? `Active · ${minutes} min left` : `Active · ${formatCountdown(left)} left`,
  };
}
