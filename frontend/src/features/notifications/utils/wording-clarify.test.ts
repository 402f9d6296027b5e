import { i18n } from '@/lib/i18n';

import { notificationText } from './wording';

const zh = i18n.getFixedT('zh-CN', 'notifications');
const en = i18n.getFixedT('en', 'notifications');

describe('notification wording of clarifications and invitations', () => {
  it('quotes the start of a new question for the firm, never its asker', () => {
    const asked = { kind: 'CLARIFICATION_ASKED', params: { title: 'SiC 攻关', question: '样片由谁提供？', changesTerms: false } };
    expect(notificationText(asked, zh)).toBe('榜单《SiC 攻关》收到一个新的答疑问题：“样片由谁提供？”，请及时答复。');
    expect(notificationText(asked, en)).toBe('A new question was asked about the challenge “SiC 攻关”: “样片由谁提供？”; please answer it.');
    const long = notificationText({ kind: 'CLARIFICATION_ASKED', params: { title: 'X', question: '问'.repeat(100) } }, zh);
    expect(long).toContain(`${'问'.repeat(59)}…`);
  });

  it('says when an answer changed the terms', () => {
    const plain = { kind: 'CLARIFICATION_ANSWERED', params: { title: 'X', question: 'Q?', changesTerms: false } };
    const amending = { kind: 'CLARIFICATION_ANSWERED', params: { title: 'X', question: 'Q?', changesTerms: true } };
    expect(notificationText(plain, zh)).toBe('榜单《X》的答疑有了新的答复：“Q?”。');
    expect(notificationText(amending, zh)).toBe('榜单《X》的答疑有了新的答复：“Q?”。该答复变更了榜单条款，请查看变更公告。');
    expect(notificationText(amending, en)).toBe('A question about the challenge “X” was answered: “Q?”. The answer changed the terms; see the amendment notice.');
    expect(notificationText({ kind: 'CLARIFICATION_ANSWERED', params: {} }, zh)).toBe('榜单的答疑有了新的答复。');
  });

  it('names the inviting firm when it is known', () => {
    const invited = { kind: 'INVITED_TO_BID', params: { title: 'X', organization: '华芯动力', bidDeadline: '2026-06-01T02:00:00Z' } };
    expect(notificationText(invited, zh)).toBe('“华芯动力”邀请您的团队揭榜《X》。');
    expect(notificationText(invited, en)).toBe('“华芯动力” invites your lab to bid for the challenge “X”.');
    expect(notificationText({ kind: 'INVITED_TO_BID', params: { title: 'X' } }, zh)).toBe('发榜方邀请您的团队揭榜《X》。');
  });
});
