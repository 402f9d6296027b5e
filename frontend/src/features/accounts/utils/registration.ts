import type { OrganizationType } from '@/lib/auth';
import { normalizeCreditCode } from '@/lib/credit-code';

import type { RegisterInput, RegistrableRole } from '../api/register';

export const ORGANIZATION_TYPES_BY_ROLE: Record<RegistrableRole, OrganizationType[]> = {
  FIRM: ['ENTERPRISE', 'GOVERNMENT'],
  LAB: ['UNIVERSITY', 'INSTITUTE', 'ENTERPRISE'],
};

export type OrganizationMode = 'new' | 'invite';

export type RegisterValues = {
  role: RegistrableRole;
  organizationMode: OrganizationMode;
  organization?: {
    name: string;
    type: OrganizationType;
    creditCode: string;
    province: string;
    city: string;
  };
  invitationCode?: string;
  labName?: string;
  username: string;
  displayName: string;
  email?: string;
  password: string;
  confirmPassword: string;
};

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,40}$/;
export const PASSWORD_PATTERN = /^(?=.*\p{L})(?=.*\d).*$/u;

const blankToUndefined = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** Turns the form's values into the request: a new organization or an invitation code, never both. */
export function toRegisterInput(values: RegisterValues): RegisterInput {
  const input: RegisterInput = {
    role: values.role,
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    email: blankToUndefined(values.email),
    password: values.password,
  };
  if (values.organizationMode === 'invite') {
    input.invitationCode = values.invitationCode?.trim().toUpperCase();
  } else if (values.organization) {
    input.organization = {
      name: values.organization.name.trim(),
      type: values.organization.type,
      creditCode: normalizeCreditCode(values.organization.creditCode),
      province: values.organization.province,
      city: values.organization.city.trim(),
    };
  }
  if (values.role === 'LAB') {
    input.labName = blankToUndefined(values.labName);
  }
  return input;
}
