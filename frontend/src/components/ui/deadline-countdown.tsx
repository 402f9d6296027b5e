import { ClockCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { countdown } from '@/lib/time';
import { useNow } from '@/lib/use-now';

/** "剩余 3 天 4 小时" until a deadline, ticking by the second in its last hour; "已截止" after it. */
export function DeadlineCountdown({ deadline, testId, strong = false }: { deadline: string | null | undefined; testId?: string; strong?: boolean }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const left = countdown(deadline, now);
  if (!left) {
    return null;
  }
  let text: string;
  if (left.passed) {
    text = t('countdown.passed');
  } else if (left.days > 0) {
    text = t('countdown.days', { days: left.days, hours: left.hours });
  } else if (left.hours > 0) {
    text = t('countdown.hours', { hours: left.hours, minutes: left.minutes });
  } else {
    text = t('countdown.minutes', { minutes: left.minutes, seconds: left.seconds });
  }
  const urgent = !left.passed && left.totalSeconds < 3 * 86_400;
  return (
    <Typography.Text
      type={left.passed ? 'secondary' : urgent ? 'danger' : undefined}
      strong={strong}
      className="deadline-countdown"
      data-testid={testId}
      data-passed={left.passed}
    >
      <ClockCircleOutlined /> {text}
    </Typography.Text>
  );
}
