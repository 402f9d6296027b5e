import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A short code (invitation code, credit code) in monospace with a copy button. */
export function CopyableCode({ value, testId }: { value: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text
      code
      copyable={{ text: value, tooltips: [t('actions.copy'), t('actions.copied')] }}
      data-testid={testId}
      className="copyable-code"
    >
      {value}
    </Typography.Text>
  );
}
