import type { DeliveryView, MilestoneStatus, MilestoneView } from '@/types/api';

/** How a milestone is shown: overdue (red) wins over every state but acceptance. */
export type MilestoneTone = 'overdue' | 'accepted' | 'submitted' | 'returned' | 'planned';

export function milestoneTone(milestone: Pick<MilestoneView, 'status' | 'overdue'>): MilestoneTone {
  if (milestone.status === 'ACCEPTED') {
    return 'accepted';
  }
  if (milestone.overdue) {
    return 'overdue';
  }
  const tones: Record<Exclude<MilestoneStatus, 'ACCEPTED'>, MilestoneTone> = {
    PLANNED: 'planned',
    SUBMITTED: 'submitted',
    RETURNED: 'returned',
  };
  return tones[milestone.status];
}

/** Ant Design colours of the tones (Timeline dots, Tags). */
export const TONE_COLORS: Record<MilestoneTone, string> = {
  overdue: 'red',
  accepted: 'green',
  submitted: 'blue',
  returned: 'orange',
  planned: 'gray',
};

/** Whole days a due day ("YYYY-MM-DD", Beijing) lies behind today's Beijing day; 0 when not yet past. */
export function daysPastDue(dueDate: string, now: Date = new Date()): number {
  const today = beijingDay(now);
  const due = Date.UTC(Number(dueDate.slice(0, 4)), Number(dueDate.slice(5, 7)) - 1, Number(dueDate.slice(8, 10)));
  const days = Math.round((today - due) / 86_400_000);
  return days > 0 ? days : 0;
}

/** Midnight UTC of the calendar day it is in Beijing at `now`. */
function beijingDay(now: Date): number {
  const shifted = new Date(now.getTime() + 8 * 3_600_000);
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate());
}

/** Counts per tone, e.g. for a board row's summary. */
export function toneCounts(milestones: Pick<MilestoneView, 'status' | 'overdue'>[]): Record<MilestoneTone, number> {
  const counts: Record<MilestoneTone, number> = { overdue: 0, accepted: 0, submitted: 0, returned: 0, planned: 0 };
  for (const milestone of milestones) {
    counts[milestoneTone(milestone)] += 1;
  }
  return counts;
}

/** The milestone the parties should look at next: the first one not accepted, in plan order. */
export function currentMilestone<T extends Pick<MilestoneView, 'status' | 'seq'>>(milestones: T[]): T | undefined {
  return [...milestones].sort((a, b) => a.seq - b.seq).find((m) => m.status !== 'ACCEPTED');
}

/** Whether a delivery still runs (reports, acceptance and termination are possible). */
export const isRunning = (delivery: Pick<DeliveryView, 'challengeStatus'>) =>
  delivery.challengeStatus === 'AWARDED' || delivery.challengeStatus === 'IN_DELIVERY';
