import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { fromPickerValue, toPickerValue } from '@/lib/time';

import { DeadlineCountdown } from './deadline-countdown';

type DeadlinePickerProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  'aria-invalid'?: boolean;
  testId?: string;
};

/** Date and time in Beijing time (whatever the browser's zone), as an ISO instant; shows the time left. */
export function DeadlinePicker({ id, value, onChange, testId, ...rest }: DeadlinePickerProps) {
  const { t } = useTranslation();
  return (
    <div className="deadline-picker">
      <DatePicker
        id={id}
        showTime={{ format: 'HH:mm:ss' }}
        format="YYYY-MM-DD HH:mm:ss"
        value={toPickerValue(value) ?? null}
        onChange={(next) => onChange?.(fromPickerValue(next))}
        disabledDate={(day) => day.isBefore(dayjs().subtract(1, 'day'), 'day')}
        suffixIcon={<span className="deadline-picker-zone">{t('time.beijing')}</span>}
        aria-invalid={rest['aria-invalid']}
        className="full-width"
        data-testid={testId}
      />
      {value && (
        <div className="deadline-picker-left">
          <DeadlineCountdown deadline={value} />
        </div>
      )}
    </div>
  );
}
