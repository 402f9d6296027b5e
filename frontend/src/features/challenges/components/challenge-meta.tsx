import { SafetyCertificateFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatAmountHint, formatMoney, formatWan, type Decimal } from '@/lib/format';
import type { OrganizationRef } from '@/types/api';

/** The bounty as customary (800万元, or ¥8 million in English), with the exact amount on hover and for screen readers. */
export function BountyAmount({ amount, className, testId }: { amount: Decimal | null | undefined; className?: string; testId?: string }) {
  const { i18n } = useTranslation();
  if (amount === null || amount === undefined) {
    return <span className={className}>—</span>;
  }
  const exact = formatMoney(amount);
  const reading = i18n.language === 'en' ? (formatAmountHint(amount, 'en') ?? exact) : formatWan(amount);
  return (
    <Tooltip title={exact}>
      <span className={['bounty-amount', className].filter(Boolean).join(' ')} data-testid={testId} aria-label={exact}>
        {reading}
      </span>
    </Tooltip>
  );
}

/** The firm's name, with a mark when an administrator verified it. */
export function OrganizationName({ organization }: { organization: OrganizationRef | null | undefined }) {
  const { t } = useTranslation('challenges');
  if (!organization) {
    return null;
  }
  return (
    <span className="organization-name" data-testid="challenge-organization">
      {organization.name}
      {organization.verified && (
        <Tooltip title={t('detail.verifiedOrganization')}>
          <SafetyCertificateFilled className="verified-mark" aria-label={t('detail.verifiedOrganization')} />
        </Tooltip>
      )}
    </span>
  );
}

/** Capability tags. */
export function CapabilityTags({ tags, limit }: { tags: string[]; limit?: number }) {
  const shown = limit ? tags.slice(0, limit) : tags;
  return (
    <span className="capability-tags">
      {shown.map((tag) => (
        <Tag key={tag} className="capability-tag">
          {tag}
        </Tag>
      ))}
      {limit && tags.length > limit && <Tag className="capability-tag">+{tags.length - limit}</Tag>}
    </span>
  );
}
