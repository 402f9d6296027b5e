import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatAmountHint, formatMoney, toCents, type Decimal } from '@/lib/format';
import { isLanguage, DEFAULT_LANGUAGE } from '@/lib/i18n';

type MoneyInputProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The largest amount allowed, as a decimal string. */
  max?: Decimal | null;
  placeholder?: string;
  disabled?: boolean;
  'aria-invalid'?: boolean;
  testId?: string;
};

const group = (text: string) => {
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

/** Short reading of an amount under the input: "¥8,000,000.00 · 800万元" (or "¥8 million" in English). */
export function AmountHint({ value, testId }: { value?: Decimal | null; testId?: string }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  if (toCents(value) === undefined) {
    return null;
  }
  const hint = formatAmountHint(value, language);
  return (
    <div className="money-hint" aria-live="polite" data-testid={testId}>
      {formatMoney(value)}
      {hint && <span className="money-hint-reading"> · {hint}</span>}
    </div>
  );
}

/** An amount in yuan (exact decimal string, two places) with a live 万元 reading. */
export function MoneyInput({ id, value, onChange, max, placeholder, disabled, testId, ...rest }: MoneyInputProps) {
  return (
    <div className="money-input">
      <InputNumber<string>
        id={id}
        stringMode
        prefix="¥"
        min="0.01"
        max={max === null || max === undefined ? '10000000000' : String(max)}
        precision={2}
        step="10000"
        value={value ?? null}
        onChange={(next) => onChange?.(next === null || next === '' ? undefined : String(next))}
        formatter={(raw) => (raw ? group(String(raw)) : '')}
        parser={(text) => (text ?? '').replace(/[,\s¥]/g, '')}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={rest['aria-invalid']}
        className="full-width"
        data-testid={testId}
      />
      <AmountHint value={value} testId={testId ? `${testId}-hint` : undefined} />
    </div>
  );
}
