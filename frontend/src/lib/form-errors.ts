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
    const path = toFieldPath(fieldError.field);
    const name = registered.find((candidate) => samePath(candidate, path));
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
