/** A milestone row as the form holds it (anything may still be missing). */
export type MilestoneRow = { title?: string; deliverable?: string; dueMonth?: number | null; paymentPercent?: number | null };

export const MAX_MILESTONES = 10;

/** The state of a milestone plan against SPEC §3: percents summing to exactly 100, due months ascending. */
export type PlanCheck = {
  /** Sum of the payment percents typed so far. */
  total: number;
  /** 100 − total (negative when over). */
  remaining: number;
  /** The total is exactly 100. */
  exact: boolean;
  /** Rows (0-based) whose due month is not after the previous row's. */
  outOfOrder: number[];
  /** Rows whose due month is after the delivery period. */
  beyondDelivery: number[];
  /** Whether there is a milestone and every due month is filled in and strictly ascending. */
  ascending: boolean;
};

const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

export function checkPlan(rows: (MilestoneRow | undefined)[] | undefined, deliveryMonths?: number | null): PlanCheck {
  const list = rows ?? [];
  let total = 0;
  let previous = 0;
  const outOfOrder: number[] = [];
  const beyondDelivery: number[] = [];
  let complete = true;
  list.forEach((row, index) => {
    total += number(row?.paymentPercent) ?? 0;
    const due = number(row?.dueMonth);
    if (due === undefined) {
      complete = false;
      return;
    }
    if (due <= previous) {
      outOfOrder.push(index);
    }
    if (deliveryMonths && due > deliveryMonths) {
      beyondDelivery.push(index);
    }
    previous = due;
  });
  return {
    total,
    remaining: 100 - total,
    exact: total === 100,
    outOfOrder,
    beyondDelivery,
    ascending: list.length > 0 && complete && outOfOrder.length === 0,
  };
}
