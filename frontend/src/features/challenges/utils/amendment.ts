import { compareAmounts, toAmount } from '@/lib/format';
import type { ChallengeView, TechnicalIndicator } from '@/types/api';

import type { AmendmentRequest } from '../api/challenge-decisions';
import { isBlankRow, type IndicatorRow } from './wizard-values';

/** What the amendment form holds: the reason and every amendable field, prefilled with the current values. */
export type AmendmentValues = {
  reason?: string;
  title?: string;
  summary?: string;
  description?: string;
  technicalIndicators?: IndicatorRow[];
  requiredCapabilities?: string[];
  bounty?: string;
  bidDeadline?: string;
  deliveryMonths?: number;
  eligibilityText?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
};

export function amendmentValues(c: ChallengeView): AmendmentValues {
  return {
    title: c.title,
    summary: c.summary ?? '',
    description: c.description ?? '',
    technicalIndicators: c.technicalIndicators.map((row) => ({ name: row.name, target: row.target, unit: row.unit ?? '' })),
    requiredCapabilities: c.requiredCapabilities,
    bounty: toAmount(c.bounty) ?? undefined,
    bidDeadline: c.bidDeadline ?? undefined,
    deliveryMonths: c.deliveryMonths ?? undefined,
    eligibilityText: c.eligibility?.text ?? '',
    contactName: c.contact?.name ?? '',
    contactPhone: c.contact?.phone ?? '',
    contactEmail: c.contact?.email ?? '',
  };
}

const indicators = (rows: IndicatorRow[] | undefined): TechnicalIndicator[] =>
  (rows ?? [])
    .filter((row) => !isBlankRow(row))
    .map((row) => ({ name: (row.name ?? '').trim(), target: (row.target ?? '').trim(), unit: (row.unit ?? '').trim() || null }));

const sameIndicators = (a: TechnicalIndicator[], b: TechnicalIndicator[]) =>
  JSON.stringify(a.map((row) => [row.name, row.target, row.unit || null])) ===
  JSON.stringify(b.map((row) => [row.name, row.target, row.unit || null]));

const sameText = (a: string | undefined | null, b: string | undefined | null) => (a ?? '').trim() === (b ?? '').trim();

/** The amendment request: the reason and only the fields whose value differs from the challenge's. */
export function toAmendmentRequest(values: AmendmentValues, c: ChallengeView): AmendmentRequest {
  const request: AmendmentRequest = { reason: (values.reason ?? '').trim() };
  const text = (key: 'title' | 'summary' | 'eligibilityText' | 'contactName' | 'contactPhone' | 'contactEmail', current: string | null | undefined) => {
    if (!sameText(values[key], current)) {
      request[key] = (values[key] ?? '').trim();
    }
  };
  text('title', c.title);
  text('summary', c.summary);
  if ((values.description ?? '') !== (c.description ?? '')) {
    request.description = values.description ?? '';
  }
  const rows = indicators(values.technicalIndicators);
  if (!sameIndicators(rows, c.technicalIndicators)) {
    request.technicalIndicators = rows;
  }
  const tags = values.requiredCapabilities ?? [];
  if (JSON.stringify(tags) !== JSON.stringify(c.requiredCapabilities)) {
    request.requiredCapabilities = tags;
  }
  if (values.bounty && compareAmounts(values.bounty, c.bounty) !== 0) {
    request.bounty = toAmount(values.bounty);
  }
  if (values.bidDeadline && Date.parse(values.bidDeadline) !== Date.parse(c.bidDeadline ?? '')) {
    request.bidDeadline = values.bidDeadline;
  }
  if (values.deliveryMonths !== undefined && values.deliveryMonths !== c.deliveryMonths) {
    request.deliveryMonths = values.deliveryMonths;
  }
  text('eligibilityText', c.eligibility?.text);
  text('contactName', c.contact?.name);
  text('contactPhone', c.contact?.phone);
  text('contactEmail', c.contact?.email);
  return request;
}

/** Whether the request changes indicators, bounty or deadline (which reopens bidding for ≥ 7 days). */
export const changesTerms = (request: AmendmentRequest) =>
  request.technicalIndicators !== undefined || request.bounty !== undefined || request.bidDeadline !== undefined;

/** The changed fields of a request, without the reason. */
export const changedFields = (request: AmendmentRequest) => Object.keys(request).filter((key) => key !== 'reason');
