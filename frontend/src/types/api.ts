/**
 * The JSON shapes of the backend API (mirrors of its Java records), shared by every feature. Amounts are
 * decimal strings, instants ISO-8601 UTC strings, ids opaque strings.
 */
import type { OrganizationType } from '@/lib/auth';
import type { Decimal } from '@/lib/format';

/** One page of a list: 1-based page, size ≤ 100. */
export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  size: number;
};

export const CHALLENGE_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'PUBLISHED',
  'REJECTED',
  'CLOSED',
  'AWARD_PROPOSED',
  'AWARDED',
  'IN_DELIVERY',
  'COMPLETED',
  'TERMINATED',
  'UNAWARDED',
  'CANCELLED',
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/** The states the public may see (everything from publication on). */
export const PUBLIC_CHALLENGE_STATUSES: ChallengeStatus[] = [
  'PUBLISHED',
  'CLOSED',
  'AWARD_PROPOSED',
  'AWARDED',
  'IN_DELIVERY',
  'COMPLETED',
  'TERMINATED',
  'UNAWARDED',
  'CANCELLED',
];

export const CHALLENGE_TYPES = ['KEY_CORE', 'DOMESTIC_SUBSTITUTION', 'FRONTIER', 'COMMON_TECH', 'APPLICATION'] as const;
export type ChallengeType = (typeof CHALLENGE_TYPES)[number];

export const IP_TERMS = ['FIRM_OWNS', 'LAB_OWNS_FIRM_LICENSED', 'JOINT', 'PUBLIC', 'NEGOTIABLE'] as const;
export type IpTerms = (typeof IP_TERMS)[number];

export type ChallengeAction = 'EDIT' | 'SUBMIT' | 'CANCEL' | 'APPROVE' | 'REJECT' | 'AMEND' | 'BID' | 'VIEW_BIDS';

export type TechnicalIndicator = { name: string; target: string; unit?: string | null };

export type Rubric = {
  technicalMerit: number;
  feasibility: number;
  teamCapability: number;
  costReasonableness: number;
};

export type OrganizationRef = { id: string; name: string; type: OrganizationType; verified: boolean };

export type AmendmentView = {
  amendedAt: string;
  reason: string;
  changedFields: string[];
  termsChanged: boolean;
  deadlineBefore: string | null;
  deadlineAfter: string | null;
};

export type ChallengeView = {
  id: string;
  status: ChallengeStatus;
  open: boolean;
  title: string;
  summary: string | null;
  description: string | null;
  technicalIndicators: TechnicalIndicator[];
  requiredCapabilities: string[];
  industryChain: string | null;
  techFields: string[];
  challengeType: ChallengeType | null;
  bounty: Decimal | null;
  bidDeadline: string | null;
  deliveryMonths: number | null;
  eligibility: { text: string | null; organizationTypes: OrganizationType[]; regions: string[] } | null;
  ipTerms: IpTerms | null;
  province: string | null;
  city: string | null;
  organization: OrganizationRef;
  bidCount: number;
  publishedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  termsChangedAt: string | null;
  rubric: Rubric | null;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  amendments: AmendmentView[];
  review: {
    reviewNote: string | null;
    cancelReason: string | null;
    submittedAt: string | null;
    createdAt: string | null;
    updatedAt: string | null;
    version: number | null;
  } | null;
  actions: ChallengeAction[];
};

export type ChallengeSummaryView = {
  id: string;
  status: ChallengeStatus;
  open: boolean;
  title: string;
  summary: string | null;
  requiredCapabilities: string[];
  industryChain: string | null;
  challengeType: ChallengeType | null;
  bounty: Decimal | null;
  bidDeadline: string | null;
  deliveryMonths: number | null;
  province: string | null;
  city: string | null;
  organization: OrganizationRef | null;
  bidCount: number;
  publishedAt: string | null;
  submittedAt: string | null;
  reviewNote: string | null;
};

export const BID_STATUSES = ['DRAFT', 'SUBMITTED', 'WITHDRAWN', 'SHORTLISTED', 'NOT_SELECTED', 'AWARDED'] as const;
export type BidStatus = (typeof BID_STATUSES)[number];

export type TeamMember = { name: string; title?: string | null; role: string };
export type Partner = { name: string; creditCode: string; role: string };
export type PlannedMilestone = { title: string; deliverable: string; dueMonth: number; paymentPercent: number };

export type BidView = {
  id: string;
  challenge: {
    id: string;
    title: string;
    status: ChallengeStatus;
    bounty: Decimal | null;
    bidDeadline: string | null;
    closedAt: string | null;
  };
  lab: { id: string; name: string; organizationId: string; organizationName: string };
  status: BidStatus;
  summary: string | null;
  technicalApproach: string | null;
  quotedAmount: Decimal | null;
  deliveryMonths: number | null;
  team: TeamMember[];
  partners: Partner[];
  milestonePlan: PlannedMilestone[];
  conflictDeclaration: string | null;
  conflictAffirmed: boolean;
  commitment: string | null;
  submittedAt: string | null;
  withdrawnAt: string | null;
  mustReconfirm: boolean;
  createdAt: string;
  updatedAt: string;
  version: number | null;
};

export type ReceiptView = {
  bidId: string;
  challengeId: string;
  algorithm: string;
  commitment: string;
  submittedAt: string;
};

export type VerificationView = { bidId: string; recorded: string; recomputed: string; matches: boolean };

export type TrackRecord = {
  awarded: number;
  completed: number;
  terminatedWithoutDueDiligence: number;
  onTimeRatio: number | null;
};

export type LabProfileView = {
  id: string;
  name: string;
  organization: OrganizationRef;
  leader: string | null;
  summary: string | null;
  researchFields: string[];
  keywords: string[];
  capabilities: string | null;
  achievements: string | null;
  facilities: string | null;
  teamSize: number;
  province: string | null;
  city: string | null;
  trackRecord: TrackRecord;
  updatedAt: string | null;
};

export type MyLabView = LabProfileView & { invitationCode: string | null; version: number };

export type OrganizationView = {
  id: string;
  name: string;
  type: OrganizationType;
  creditCode: string;
  province: string;
  city: string;
  verified: boolean;
  verifiedAt: string | null;
  invitationCode: string | null;
};

export type AuditEntry = {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string;
  after: string;
  prevHash: string;
  hash: string;
};

export type ChainVerification = { ok: boolean; entries: number; brokenAt: number | null; reason: string | null };

export const NOTIFICATION_KINDS = [
  'CHALLENGE_APPROVED',
  'CHALLENGE_REJECTED',
  'NEW_BID',
  'CHALLENGE_CLOSED',
  'CHALLENGE_AMENDED',
  'CLARIFICATION_ASKED',
  'CLARIFICATION_ANSWERED',
  'INVITED_TO_BID',
  'RECOMMENDED_CHALLENGE',
  'REVIEW_ASSIGNED',
  'AWARD_PROPOSED',
  'AWARD_CONFIRMED',
  'CHALLENGE_UNAWARDED',
  'OBJECTION_FILED',
  'OBJECTION_ANSWERED',
  'MILESTONE_SUBMITTED',
  'MILESTONE_RETURNED',
  'MILESTONE_ACCEPTED',
  'MILESTONE_OVERDUE',
  'PAYMENT_RECORDED',
  'CHALLENGE_COMPLETED',
  'ORGANIZATION_VERIFIED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationView = {
  id: number;
  /** A kind this client may not know yet is shown with a generic text. */
  kind: NotificationKind | string;
  params: Record<string, unknown>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};
