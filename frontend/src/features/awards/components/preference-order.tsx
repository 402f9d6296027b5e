import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { QueryError } from '@/components/ui/query-error';
import { formatDateTime, formatMoney, type Decimal } from '@/lib/format';

import { usePreference, useSavePreference } from '../api/preferences';
import { initialOrder, moveItem, sameOrder } from '../utils/preference';

/** What the preference list shows of an opened bid. */
export type PreferenceBid = { id: string; labName: string; organizationName: string; quotedAmount: Decimal | null };

type PreferenceListProps = {
  bids: PreferenceBid[];
  order: string[];
  editable: boolean;
  onChange: (order: string[]) => void;
};

/** The ranked bids: drag a row, or use its up and down buttons (keyboard and touch friendly). */
export function PreferenceList({ bids, order, editable, onChange }: PreferenceListProps) {
  const { t } = useTranslation('awards');
  const [dragged, setDragged] = useState<number | undefined>();
  const byId = new Map(bids.map((bid) => [bid.id, bid]));
  return (
    <ol className="preference-list" data-testid="preference-list">
      {order.map((id, index) => {
        const bid = byId.get(id);
        if (!bid) {
          return null;
        }
        return (
          <li
            key={id}
            className={`preference-item${dragged === index ? ' is-dragging' : ''}`}
            draggable={editable}
            onDragStart={(event) => {
              setDragged(index);
              event.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(event) => {
              if (editable && dragged !== undefined) {
                event.preventDefault();
              }
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged !== undefined && dragged !== index) {
                onChange(moveItem(order, dragged, index));
              }
              setDragged(undefined);
            }}
            onDragEnd={() => setDragged(undefined)}
            data-testid="preference-item"
            data-bid-id={id}
            data-rank={index + 1}
          >
            {editable && <HolderOutlined className="preference-handle" aria-hidden />}
            <span className="preference-rank">{index + 1}</span>
            <span className="preference-bid">
              <strong data-testid="preference-lab">{bid.labName}</strong>
              <span className="fact-sub">
                {bid.organizationName} · {formatMoney(bid.quotedAmount)}
              </span>
            </span>
            {editable && (
              <Space size={4} className="preference-buttons">
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  disabled={index === 0}
                  onClick={() => onChange(moveItem(order, index, index - 1))}
                  aria-label={t('preference.up', { lab: bid.labName })}
                  data-testid="preference-up"
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  disabled={index === order.length - 1}
                  onClick={() => onChange(moveItem(order, index, index + 1))}
                  aria-label={t('preference.down', { lab: bid.labName })}
                  data-testid="preference-down"
                />
              </Space>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The firm's advisory preference order among the opened bids of its closed challenge (SPEC §4); the
 * administrators see it beside the scores. Editable while the challenge is in evaluation.
 */
export function PreferenceOrder({ challengeId, bids, editable }: { challengeId: string; bids: PreferenceBid[]; editable: boolean }) {
  const { t } = useTranslation(['awards', 'common']);
  const { message } = App.useApp();
  const preference = usePreference(challengeId);
  const save = useSavePreference(challengeId);
  const [edited, setEdited] = useState<string[] | undefined>();

  let body;
  if (preference.isPending) {
    body = <Skeleton active paragraph={{ rows: 3 }} />;
  } else if (preference.isError) {
    body = <QueryError error={preference.error} onRetry={() => void preference.refetch()} />;
  } else if (bids.length === 0) {
    body = <Empty description={t('preference.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  } else {
    const saved = initialOrder(
      bids.map((bid) => bid.id),
      preference.data.bidIds,
    );
    const order = edited ? initialOrder(edited, null) : saved;
    const dirty = !sameOrder(order, saved) || (editable && preference.data.bidIds.length === 0);
    body = (
      <>
        <Typography.Paragraph type="secondary">{editable ? t('preference.lead') : t('preference.readOnly')}</Typography.Paragraph>
        <PreferenceList bids={bids} order={order} editable={editable} onChange={setEdited} />
        <div className="preference-footer">
          <Typography.Text type="secondary" data-testid="preference-saved-at">
            {preference.data.setAt ? t('preference.savedAt', { time: formatDateTime(preference.data.setAt) }) : t('preference.notSaved')}
          </Typography.Text>
          {editable && (
            <Space wrap>
              <Button icon={<UndoOutlined />} disabled={!edited} onClick={() => setEdited(undefined)}>
                {t('preference.reset')}
              </Button>
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!dirty}
                loading={save.isPending}
                onClick={() =>
                  save.mutate(order, {
                    onSuccess: () => {
                      setEdited(undefined);
                      message.success(t('preference.saved'));
                    },
                  })
                }
                data-testid="preference-save"
              >
                {t('preference.save')}
              </Button>
            </Space>
          )}
        </div>
        {save.isError && <ProblemAlert error={save.error} className="form-alert" />}
      </>
    );
  }
  return (
    <Card className="detail-card" title={t('preference.title')} data-testid="preference-order">
      {body}
    </Card>
  );
}
