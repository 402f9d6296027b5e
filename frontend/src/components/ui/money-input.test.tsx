import { screen } from '@testing-library/react';
import { useState } from 'react';

import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';

import { MoneyInput } from './money-input';

function Harness({ initial, max }: { initial?: string; max?: string }) {
  const [value, setValue] = useState<string | undefined>(initial);
  return (
    <>
      <MoneyInput value={value} onChange={setValue} max={max} testId="bounty" />
      <output data-testid="value">{value ?? ''}</output>
    </>
  );
}

describe('MoneyInput', () => {
  it('shows the exact amount and its 万元 reading while typing', async () => {
    const { user } = renderWithProviders(<Harness />);
    expect(screen.queryByTestId('bounty-hint')).not.toBeInTheDocument();

    await user.type(screen.getByRole('spinbutton'), '8000000');

    expect(screen.getByTestId('bounty-hint')).toHaveTextContent('¥8,000,000.00 · 800万元');
    expect(screen.getByTestId('value')).toHaveTextContent('8000000');

    await user.type(screen.getByRole('spinbutton'), '5');
    expect(screen.getByTestId('bounty-hint')).toHaveTextContent('¥80,000,005.00 · 8000万元');
  });

  it('reads 亿元 and leaves small amounts without a reading', () => {
    const { unmount } = renderWithProviders(<Harness initial="250000000" />);
    expect(screen.getByTestId('bounty-hint')).toHaveTextContent('¥250,000,000.00 · 2.5亿元');
    unmount();
    renderWithProviders(<Harness initial="9999.99" />);
    expect(screen.getByTestId('bounty-hint')).toHaveTextContent('¥9,999.99');
    expect(screen.getByTestId('bounty-hint')).not.toHaveTextContent('万元');
  });

  it('reads millions in English', async () => {
    await changeLanguage('en');
    renderWithProviders(<Harness initial="8000000.00" />);
    expect(screen.getByTestId('bounty-hint')).toHaveTextContent('¥8,000,000.00 · ¥8 million');
  });

  it('groups thousands in the input', () => {
    renderWithProviders(<Harness initial="1234567" />);
    expect(screen.getByRole('spinbutton')).toHaveValue('1,234,567');
  });
});
