import { normalizeCreditCode } from '@/lib/credit-code';
import { toAmount } from '@/lib/format';
import type { BidView } from '@/types/api';

import type { BidRequest } from '../api/save-bid';
import type { MilestoneRow } from './milestone-plan';

export type TeamRow = { name?: string; title?: string; role?: string };
export type PartnerRow = { name?: string; creditCode?: string; role?: string };

/** What the bid form holds. */
export type BidFormValues = {
  summary?: string;
  technicalApproach?: string;
  quotedAmount?: string;
  deliveryMonths?: number;
  team?: TeamRow[];
  partners?: PartnerRow[];
  milestonePlan?: MilestoneRow[];
  conflictDeclaration?: string;
  conflictAffirmed?: boolean;
};

export const MAX_TEAM = 30;
export const MAX_PARTNERS = 4;

export const emptyBidValues = (): BidFormValues => ({
  team: [{}],
  partners: [],
  milestonePlan: [{}],
  conflictAffirmed: false,
});

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

export function fromBid(bid: BidView): BidFormValues {
  return {
    summary: orUndefined(bid.summary),
    technicalApproach: orUndefined(bid.technicalApproach),
    quotedAmount: bid.quotedAmount === null ? undefined : toAmount(bid.quotedAmount),
    deliveryMonths: orUndefined(bid.deliveryMonths),
    team: bid.team.length > 0 ? bid.team.map((member) => ({ ...member, title: member.title ?? undefined })) : [{}],
    partners: bid.partners.map((partner) => ({ ...partner })),
    milestonePlan: bid.milestonePlan.length > 0 ? bid.milestonePlan.map((milestone) => ({ ...milestone })) : [{}],
    conflictDeclaration: orUndefined(bid.conflictDeclaration),
    conflictAffirmed: bid.conflictAffirmed,
  };
}

export const isBlank = (row: object | undefined) =>
  !row || Object.values(row).every((value) => value === undefined || value === null || String(value).trim() === '');

const text = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

/** The request for the form's values (blank rows must already be gone from the form, to keep indexes). */
export function toBidRequest(values: BidFormValues, version?: number | null): BidRequest {
  return {
    summary: text(values.summary),
    technicalApproach: values.technicalApproach && values.technicalApproach.trim() ? values.technicalApproach : null,
    quotedAmount: toAmount(values.quotedAmount) ?? null,
    deliveryMonths: values.deliveryMonths ?? null,
    team: (values.team ?? [])
      .filter((row) => !isBlank(row))
      .map((row) => ({ name: (row.name ?? '').trim(), title: text(row.title), role: (row.role ?? '').trim() })),
    partners: (values.partners ?? [])
      .filter((row) => !isBlank(row))
      .map((row) => ({ name: (row.name ?? '').trim(), creditCode: normalizeCreditCode(row.creditCode ?? ''), role: (row.role ?? '').trim() })),
    milestonePlan: (values.milestonePlan ?? [])
      .filter((row) => !isBlank(row))
      .map((row) => ({
        title: (row.title ?? '').trim(),
        deliverable: (row.deliverable ?? '').trim(),
        dueMonth: row.dueMonth as number,
        paymentPercent: row.paymentPercent as number,
      })),
    conflictDeclaration: text(values.conflictDeclaration),
    conflictAffirmed: Boolean(values.conflictAffirmed),
    version: version ?? null,
  };
}

/** Lists edited as tables, whose blank rows are dropped before saving. */
export const ROW_LISTS = ['team', 'partners', 'milestonePlan'] as const;
