import type { OrganizationType } from '@/lib/auth';
import { toAmount } from '@/lib/format';
import type { ChallengeType, ChallengeView, IpTerms, Rubric, TechnicalIndicator } from '@/types/api';

import type { ChallengeRequest } from '../api/save-challenge';

export type IndicatorRow = { name?: string; target?: string; unit?: string };

/** What the wizard's form holds; everything optional because a draft may be incomplete. */
export type ChallengeFormValues = {
  title?: string;
  summary?: string;
  industryChain?: string;
  techFields?: string[];
  challengeType?: ChallengeType;
  technicalIndicators?: IndicatorRow[];
  requiredCapabilities?: string[];
  description?: string;
  bounty?: string;
  bidDeadline?: string;
  deliveryMonths?: number;
  eligibility?: { text?: string; organizationTypes?: OrganizationType[]; regions?: string[] };
  ipTerms?: IpTerms;
  province?: string;
  city?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  rubric?: Rubric;
};

export const DEFAULT_RUBRIC: Rubric = { technicalMerit: 40, feasibility: 25, teamCapability: 20, costReasonableness: 15 };
export const RUBRIC_KEYS = ['technicalMerit', 'feasibility', 'teamCapability', 'costReasonableness'] as const;

export const rubricTotal = (rubric: Partial<Rubric> | undefined) =>
  RUBRIC_KEYS.reduce((sum, key) => sum + (Number.isFinite(rubric?.[key]) ? Number(rubric?.[key]) : 0), 0);

export const MAX_INDICATORS = 20;
export const MAX_CAPABILITIES = 10;
export const MAX_TECH_FIELDS = 5;

export const emptyChallengeValues = (): ChallengeFormValues => ({
  techFields: [],
  technicalIndicators: [{}],
  requiredCapabilities: [],
  eligibility: { organizationTypes: [], regions: [] },
  rubric: { ...DEFAULT_RUBRIC },
});

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** The form values for an existing challenge. */
export function fromChallenge(view: ChallengeView): ChallengeFormValues {
  return {
    title: view.title,
    summary: orUndefined(view.summary),
    industryChain: orUndefined(view.industryChain),
    techFields: view.techFields ?? [],
    challengeType: orUndefined(view.challengeType),
    technicalIndicators:
      view.technicalIndicators.length > 0
        ? view.technicalIndicators.map((row) => ({ name: row.name, target: row.target, unit: row.unit ?? undefined }))
        : [{}],
    requiredCapabilities: view.requiredCapabilities ?? [],
    description: orUndefined(view.description),
    bounty: view.bounty === null ? undefined : toAmount(view.bounty),
    bidDeadline: orUndefined(view.bidDeadline),
    deliveryMonths: orUndefined(view.deliveryMonths),
    eligibility: {
      text: orUndefined(view.eligibility?.text),
      organizationTypes: view.eligibility?.organizationTypes ?? [],
      regions: view.eligibility?.regions ?? [],
    },
    ipTerms: orUndefined(view.ipTerms),
    province: orUndefined(view.province),
    city: orUndefined(view.city),
    contactName: orUndefined(view.contact?.name),
    contactPhone: orUndefined(view.contact?.phone),
    contactEmail: orUndefined(view.contact?.email),
    rubric: view.rubric ?? { ...DEFAULT_RUBRIC },
  };
}

/** A table row nobody has typed into; such rows are dropped before saving. */
export const isBlankRow = (row: Record<string, unknown> | undefined) =>
  !row || Object.values(row).every((value) => value === undefined || value === null || String(value).trim() === '');

const blank = (text: string | undefined) => (text && text.trim() ? text.trim() : null);

/** The request for the form's values (blank rows already removed from the form, so that error indexes match). */
export function toChallengeRequest(values: ChallengeFormValues, version?: number | null): ChallengeRequest {
  const indicators: TechnicalIndicator[] = (values.technicalIndicators ?? [])
    .filter((row) => !isBlankRow(row))
    .map((row) => ({ name: (row.name ?? '').trim(), target: (row.target ?? '').trim(), unit: blank(row.unit) }));
  return {
    title: (values.title ?? '').trim(),
    summary: blank(values.summary),
    description: values.description && values.description.trim() ? values.description : null,
    technicalIndicators: indicators,
    requiredCapabilities: values.requiredCapabilities ?? [],
    industryChain: values.industryChain ?? null,
    techFields: values.techFields ?? [],
    challengeType: values.challengeType ?? null,
    bounty: toAmount(values.bounty) ?? null,
    bidDeadline: values.bidDeadline ?? null,
    deliveryMonths: values.deliveryMonths ?? null,
    eligibility: {
      text: blank(values.eligibility?.text),
      organizationTypes: values.eligibility?.organizationTypes ?? [],
      regions: values.eligibility?.regions ?? [],
    },
    ipTerms: values.ipTerms ?? null,
    province: values.province ?? null,
    city: blank(values.city),
    contactName: blank(values.contactName),
    contactPhone: blank(values.contactPhone),
    contactEmail: blank(values.contactEmail),
    rubric: values.rubric ?? null,
    version: version ?? null,
  };
}

export const WIZARD_STEPS = ['basics', 'requirements', 'description', 'terms'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

const STEP_OF_FIELD: Record<string, WizardStep> = {
  title: 'basics',
  summary: 'basics',
  industryChain: 'basics',
  techFields: 'basics',
  challengeType: 'basics',
  technicalIndicators: 'requirements',
  requiredCapabilities: 'requirements',
  description: 'description',
};

/** The wizard step that shows a field, from a server field path ("technicalIndicators[2].name") or a form name. */
export function stepOfField(field: string | (string | number)[]): WizardStep {
  const head = Array.isArray(field) ? String(field[0] ?? '') : (/^[A-Za-z]+/.exec(field)?.[0] ?? '');
  return STEP_OF_FIELD[head] ?? 'terms';
}
