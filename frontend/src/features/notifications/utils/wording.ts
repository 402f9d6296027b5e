import type { TFunction } from 'i18next';

import { formatMoney, toCents } from '@/lib/format';

import { NOTIFICATION_KINDS, type NotificationKind, type NotificationView } from '@/types/api';

const isKnownKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/** A question is quoted in a notification up to this many characters. */
const QUOTE_LIMIT = 60;

const excerpt = (value: string) => (value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

/**
 * The sentence for a notification in the UI language, e.g. "榜单《车规级 SiC MOSFET》已通过审核，正式发布。".
 * Every kind reads well without its optional parameters (a lab's close notice carries no title; an award
 * notice may name the winning lab, an answered objection its decision).
 */
export function notificationText(notification: Pick<NotificationView, 'kind' | 'params'>, t: TFunction<'notifications'>): string {
  const params = notification.params ?? {};
  const title = text(params.title);
  const reason = text(params.reason);
  const lab = text(params.lab);
  const decision = params.decision === 'UPHELD' || params.decision === 'DISMISSED' ? params.decision : undefined;
  const organization = text(params.organization);
  const question = text(params.question);
  const milestone = text(params.milestone);
  const seq = text(params.seq);
  const dueDate = text(params.dueDate);
  const amount = toCents(text(params.amount)) !== undefined ? formatMoney(text(params.amount)) : undefined;
  const values = {
    subject: title ? t('subject', { title }) : '',
    reasonText: reason ? t('reason', { reason }) : '',
    labText: lab ? t('lab', { lab }) : '',
    decisionText: decision ? t(`decision.${decision}`) : '',
    inviterText: organization ? t('inviter', { organization }) : t('inviterUnknown'),
    questionText: question ? t('question', { question: excerpt(question) }) : '',
    termsText: params.changesTerms === true ? t('termsChanged') : '',
    milestoneText:
      seq && milestone ? t('milestone', { seq, milestone }) : seq ? t('milestoneNumber', { seq }) : t('milestoneUnknown'),
    dueDateText: dueDate ? t('dueDate', { dueDate }) : '',
    amountText: amount ? t('amount', { amount }) : '',
  };
  if (!isKnownKind(notification.kind)) {
    return t('kinds.unknown');
  }
  return t(`kinds.${notification.kind}`, values);
}

/** Kinds about one challenge: without a link from the server they lead to the challenge they name. */
const CHALLENGE_KINDS: readonly string[] = ['RECOMMENDED_CHALLENGE', 'INVITED_TO_BID'];

/**
 * Where a notification leads inside the app; only same-site paths, with old backend paths mapped. A
 * recommendation or invitation without a link leads to its challenge (`params.challengeId`).
 */
export function notificationLink(link: string | null | undefined, notification?: Pick<NotificationView, 'kind' | 'params'>): string | undefined {
  if (!link) {
    const challengeId = text(notification?.params?.challengeId);
    return notification && CHALLENGE_KINDS.includes(notification.kind) && challengeId ? `/challenges/${encodeURIComponent(challengeId)}` : undefined;
  }
  if (!link.startsWith('/') || link.startsWith('//')) {
    return undefined;
  }
  if (link === '/my/bids' || link.startsWith('/my/bids?')) {
    return link.replace('/my/bids', '/lab/bids');
  }
  if (link === '/my/challenges') {
    return '/firm/challenges';
  }
  return link;
}
