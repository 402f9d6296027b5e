import { ratioPercent } from './chart-options';

/** A decimal string without trailing zeros: "50.00" → "50", "1.50" → "1.5"; "—" for nothing. */
export function plainDecimal(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  const text = String(value);
  return /^-?\d+\.\d+$/.test(text) ? text.replace(/\.?0+$/, '') : text;
}

/** A 0–1 ratio as "83.3%", or "—" when there is nothing to measure. */
export function percentText(ratio: number | string | null | undefined): string {
  const percent = ratioPercent(ratio);
  return percent === null ? '—' : `${percent}%`;
}
