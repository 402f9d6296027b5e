import type { FormInstance } from 'antd';

import { isApiError, type ProblemFieldError } from './api-client';

export type FieldPath = (string | number)[];

/** `organization.creditCode` → ['organization', 'creditCode']; `milestones[1].amount` → ['milestones', 1, 'amount']. */
export function toFieldPath(field: string): FieldPath {
  const path: FieldPath = [];
  for (const segment of field.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(segment);
    if (!match) {
      path.push(segment);
      continue;
    }
    if (match[1]) {
      path.push(match[1]);
    }
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) {
      path.push(Number(index[1]));
    }
  }
  return path;
}

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * The registered field for a path, or for its list when the form edits the list as one field
 * (`eligibility.regions[0]` shows at the regions select).
 */
function closestRegistered(registered: FieldPath[], path: FieldPath): FieldPath | undefined {
  let candidate = path;
  while (candidate.length > 0) {
    const found = registered.find((name) => samePath(name, candidate));
    if (found || typeof candidate[candidate.length - 1] !== 'number') {
      return found;
    }
    candidate = candidate.slice(0, -1);
  }
  return undefined;
}

/**
 * Puts the field errors of a problem next to the matching Form fields. Returns the errors whose field the
 * form does not have, so that the caller can show them elsewhere (typically in an Alert).
 */
export function applyProblemToForm(form: FormInstance, error: unknown): ProblemFieldError[] {
  if (!isApiError(error) || error.errors.length === 0) {
    return [];
  }
  const registered = form.getFieldsError().map((field) => field.name as FieldPath);
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const unmatched: ProblemFieldError[] = [];
  for (const fieldError of error.errors) {
    const name = closestRegistered(registered, toFieldPath(fieldError.field));
    if (!name) {
      unmatched.push(fieldError);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(fieldError.message)) {
      entry.errors.push(fieldError.message);
    }
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}
