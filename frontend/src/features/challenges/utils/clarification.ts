import { ApiError, isApiError } from '@/lib/api-client';
import type { ChallengeView } from '@/types/api';

import type { AnswerRequest, TermsAmendment } from '../api/answer-clarification';
import { toAmendmentRequest, type AmendmentValues } from './amendment';

/** What the answer form holds: the answer, the switch, and the amendable fields prefilled. */
export type AnswerValues = AmendmentValues & { answer?: string; changesTerms?: boolean };

/** The server names the amendment's fields `amendment.bounty`; the form has them at the top level. */
export function withoutAmendmentPrefix(error: unknown): unknown {
  if (!isApiError(error) || error.errors.length === 0) {
    return error;
  }
  return new ApiError({
    status: error.status,
    type: error.type,
    title: error.title,
    detail: error.detail,
    instance: error.instance,
    errors: error.errors.map((fieldError) => ({ ...fieldError, field: fieldError.field.replace(/^amendment\./, '') })),
    retryAfter: error.retryAfter,
    properties: error.properties,
  });
}

/** The body of the answer: with `changesTerms`, the amendment holds only the fields that differ. */
export function toAnswerRequest(values: AnswerValues, challenge: ChallengeView, amend: boolean): AnswerRequest {
  const answer = (values.answer ?? '').trim();
  if (!amend) {
    return { answer, changesTerms: false };
  }
  const full = toAmendmentRequest(values, challenge);
  const amendment = Object.fromEntries(Object.entries(full).filter(([key]) => key !== 'reason')) as TermsAmendment;
  return { answer, changesTerms: true, amendment };
}
