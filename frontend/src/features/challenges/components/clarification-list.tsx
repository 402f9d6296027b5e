import { ClockCircleOutlined, ExclamationCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Empty, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/format';
import type { ClarificationView } from '@/types/api';

type ClarificationListProps = {
  items: ClarificationView[];
  /** The answer form (or button) under an unanswered question, for the firm and administrators. */
  renderAnswer?: (item: ClarificationView) => ReactNode;
  emptyText?: ReactNode;
};

/**
 * Questions and answers as published: the text, the dates, whether the answer changed the terms, and
 * "mine" on the viewer's own lab's questions — never who asked or answered (the view has no such field).
 */
export function ClarificationList({ items, renderAnswer, emptyText }: ClarificationListProps) {
  const { t } = useTranslation('clarifications');
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('list.empty')} data-testid="clarifications-empty" />;
  }
  return (
    <ol className="clarification-list" data-testid="clarification-list">
      {items.map((item, index) => (
        <li
          key={item.id}
          className="clarification-item"
          data-testid="clarification-item"
          data-clarification-id={item.id}
          data-answered={item.answer !== null}
        >
          <div className="clarification-question">
            <span className="clarification-badge clarification-badge-q" aria-hidden>
              {t('list.q')}
            </span>
            <div className="clarification-content">
              <div className="clarification-head">
                <Typography.Text strong>{t('list.number', { number: index + 1 })}</Typography.Text>
                {item.askedByMyLab && (
                  <Tag color="blue" icon={<UserOutlined />} data-testid="clarification-mine">
                    {t('list.mine')}
                  </Tag>
                )}
                {item.answer === null && (
                  <Tag icon={<ClockCircleOutlined />} data-testid="clarification-pending">
                    {t('list.pending')}
                  </Tag>
                )}
                <Typography.Text type="secondary" className="clarification-date">
                  {t('list.askedAt', { time: formatDateTime(item.askedAt) })}
                </Typography.Text>
              </div>
              <Typography.Paragraph className="pre-wrap clarification-text" data-testid="clarification-question">
                {item.question}
              </Typography.Paragraph>
            </div>
          </div>
          {item.answer !== null ? (
            <div className="clarification-answer">
              <span className="clarification-badge clarification-badge-a" aria-hidden>
                {t('list.a')}
              </span>
              <div className="clarification-content">
                <div className="clarification-head">
                  {item.changesTerms && (
                    <Tag color="orange" icon={<ExclamationCircleOutlined />} data-testid="clarification-terms-changed">
                      {t('list.termsChanged')}
                    </Tag>
                  )}
                  <Typography.Text type="secondary" className="clarification-date">
                    {t('list.answeredAt', { time: formatDateTime(item.answeredAt) })}
                  </Typography.Text>
                </div>
                <Typography.Paragraph className="pre-wrap clarification-text" data-testid="clarification-answer">
                  {item.answer}
                </Typography.Paragraph>
                {item.changesTerms && (
                  <Typography.Text type="secondary" className="clarification-terms-note">
                    {t('list.termsChangedNote')}
                  </Typography.Text>
                )}
              </div>
            </div>
          ) : (
            <div className="clarification-unanswered">
              {renderAnswer?.(item) ?? (
                item.askedByMyLab && (
                  <Typography.Text type="secondary" data-testid="clarification-mine-pending">
                    {t('list.minePending')}
                  </Typography.Text>
                )
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
