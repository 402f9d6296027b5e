import { i18n } from '@/lib/i18n';
import { resources } from '@/lib/i18n';
import { NOTIFICATION_KINDS, type NotificationKind } from '@/types/api';

import { notificationLink, notificationText } from './wording';

const zh = i18n.getFixedT('zh-CN', 'notifications');
const en = i18n.getFixedT('en', 'notifications');
const note = (kind: NotificationKind | string, params: Record<string, unknown> = {}) => ({ kind, params });

describe('notification wording', () => {
  it('has a sentence for every kind in both languages', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(resources['zh-CN'].notifications.kinds[kind], kind).toBeTruthy();
      expect(resources.en.notifications.kinds[kind], kind).toBeTruthy();
    }
  });

  it('names the challenge in each language', () => {
    const approved = note('CHALLENGE_APPROVED', { title: '碳化硅 MOSFET 攻关', bidCount: 0 });
    expect(notificationText(approved, zh)).toBe('榜单《碳化硅 MOSFET 攻关》已通过审核，正式发布。');
    expect(notificationText(approved, en)).toBe('Your challenge “碳化硅 MOSFET 攻关” was approved and published.');
    expect(notificationText(note('NEW_BID', { title: 'X' }), zh)).toBe('榜单《X》收到一份新的揭榜方案。');
    expect(notificationText(note('NEW_BID', { title: 'X' }), en)).toBe('The challenge “X” received a new bid.');
  });

  it('gives the reason of a rejection', () => {
    const rejected = note('CHALLENGE_REJECTED', { title: 'X', reason: '指标不可考核' });
    expect(notificationText(rejected, zh)).toBe('榜单《X》未通过审核。理由：指标不可考核');
    expect(notificationText(rejected, en)).toBe('Your challenge “X” was not approved. Reason: 指标不可考核');
  });

  it('reads well without a title (a lab is told of the close by challenge id only)', () => {
    const closed = note('CHALLENGE_CLOSED', { challengeId: '01a2' });
    expect(notificationText(closed, zh)).toBe('榜单已截止揭榜，方案已开标。');
    expect(notificationText(closed, en)).toBe('Bidding on the challenge has closed and the bids are open.');
  });

  it('never shows a raw placeholder, whatever the parameters', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const t of [zh, en]) {
        expect(notificationText(note(kind), t)).not.toMatch(/\{\{|\}\}/);
        expect(notificationText(note(kind, { title: 'T', reason: 'R' }), t)).not.toMatch(/\{\{|\}\}/);
      }
    }
  });

  it('falls back to a generic sentence for a kind this client does not know', () => {
    expect(notificationText(note('SOMETHING_NEW', { title: 'X' }), zh)).toBe('您有一条新通知。');
    expect(notificationText(note('SOMETHING_NEW'), en)).toBe('You have a new notification.');
  });

  it('follows only same-site links, mapping the backend’s old paths', () => {
    expect(notificationLink('/challenges/42')).toBe('/challenges/42');
    expect(notificationLink('/my/bids')).toBe('/lab/bids');
    expect(notificationLink('/my/challenges')).toBe('/firm/challenges');
    expect(notificationLink('https://evil.example/')).toBeUndefined();
    expect(notificationLink('//evil.example/')).toBeUndefined();
    expect(notificationLink(null)).toBeUndefined();
  });

  it('recommends a challenge in both languages and leads to it', () => {
    const recommended = note('RECOMMENDED_CHALLENGE', { title: '车规级碳化硅 MOSFET', challengeId: 'ch-7' });
    expect(notificationText(recommended, zh)).toBe('为您推荐新榜单《车规级碳化硅 MOSFET》，与团队能力相匹配。');
    expect(notificationText(recommended, en)).toBe('Recommended for your lab: the new challenge “车规级碳化硅 MOSFET”.');
    expect(notificationLink('/challenges/ch-7', recommended)).toBe('/challenges/ch-7');
    expect(notificationLink(null, recommended)).toBe('/challenges/ch-7');
    expect(notificationLink(null, note('CHALLENGE_APPROVED', { challengeId: 'ch-7' }))).toBeUndefined();
    expect(notificationLink('https://evil.example/', recommended)).toBeUndefined();
  });
});

describe('award and objection wording', () => {
  it('names the winning lab of an announced or confirmed award', () => {
    const proposed = note('AWARD_PROPOSED', { title: 'X', awardId: 'a1', lab: '宽禁带实验室' });
    expect(notificationText(proposed, zh)).toBe('榜单《X》的挂帅结果进入公示，拟由“宽禁带实验室”挂帅。');
    expect(notificationText(proposed, en)).toBe('The award for the challenge “X” is announced for objections, to “宽禁带实验室”.');
    expect(notificationText(note('AWARD_CONFIRMED', { title: 'X' }), zh)).toBe('榜单《X》公示期满，挂帅结果已确认。');
  });

  it('tells the objector how the objection was decided', () => {
    const answered = note('OBJECTION_ANSWERED', { title: 'X', decision: 'DISMISSED' });
    expect(notificationText(answered, zh)).toBe('您对榜单《X》挂帅公示提出的异议已有答复：异议不成立。');
    expect(notificationText(answered, en)).toBe('Your objection about the award of the challenge “X” was answered: dismissed.');
    expect(notificationText(note('OBJECTION_ANSWERED', { title: 'X', decision: 'SOMETHING' }), zh)).toBe('您对榜单《X》挂帅公示提出的异议已有答复。');
  });

  it('words a withdrawn proposal and a review assignment', () => {
    expect(notificationText(note('AWARD_WITHDRAWN', { title: 'X' }), zh)).toBe('榜单《X》的挂帅建议因异议成立已撤回，重新评审。');
    expect(notificationText(note('REVIEW_ASSIGNED', { title: 'X' }), en)).toBe(
      'You were assigned to review the challenge “X”; declare conflicts of interest before you see the bids.',
    );
  });

  it('keeps the links the award notices carry', () => {
    expect(notificationLink('/announcements/a1')).toBe('/announcements/a1');
    expect(notificationLink('/my/objections')).toBe('/my/objections');
    expect(notificationLink('/admin/objections')).toBe('/admin/objections');
    expect(notificationLink('/reviews/c1')).toBe('/reviews/c1');
  });
});
