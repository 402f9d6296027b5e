import { ApiOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import { ocdsChallengeUrl } from '../utils/export-links';

/** A challenge's OCDS 1.1 release package (tender → award → contract → implementation), opened as JSON. */
export function OcdsLink({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation('exports');
  return (
    <Tooltip title={t('ocds.challengeHint')}>
      <Button href={ocdsChallengeUrl(challengeId)} target="_blank" rel="noopener noreferrer" icon={<ApiOutlined />} data-testid="action-ocds">
        {t('ocds.challenge')}
      </Button>
    </Tooltip>
  );
}
