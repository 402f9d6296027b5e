import { screen, within } from '@testing-library/react';

import { changeLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/test-utils';

import { explanation } from '../testing/fixtures';
import { factorPercents } from '../utils/match';
import { MatchExplanation } from './match-explanation';

describe('MatchExplanation', () => {
  it('shows the shared tags, the matched terms by field and each factor’s share of the score', () => {
    renderWithProviders(<MatchExplanation explanation={explanation()} score={0.7} />);
    const why = screen.getByTestId('match-explanation');
    expect(why).toHaveTextContent('为何匹配');
    expect(screen.getAllByTestId('match-tag').map((tag) => tag.textContent)).toEqual(['碳化硅', 'MOSFET']);

    const groups = screen.getAllByTestId('match-term-group');
    expect(groups.map((group) => group.querySelector('dt')?.textContent)).toEqual(['能力', '技术指标', 'unknownField']);
    expect(within(groups[0]).getAllByTestId('match-term').map((term) => term.textContent)).toEqual(['栅氧', '可靠性']);

    const factors = screen.getAllByTestId('match-factor');
    expect(factors.map((factor) => factor.getAttribute('data-factor'))).toEqual(['TEXT', 'TAGS', 'TRACK_RECORD', 'REGION']);
    expect(factors[0]).toHaveTextContent('文本相关');
    expect(within(factors[0]).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '64.3');
    expect(factors[3]).toHaveTextContent('同地区');
    expect(factors[3]).toHaveTextContent('0%');
  });

  it('leaves the terms out when compact and speaks English', async () => {
    await changeLanguage('en');
    renderWithProviders(<MatchExplanation explanation={explanation()} score={0.7} compact />);
    expect(screen.getByTestId('match-explanation')).toHaveTextContent('Why this match');
    expect(screen.queryByTestId('match-term-group')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('match-factor')[2]).toHaveTextContent('Track record');
  });

  it('says so when there is nothing to explain', () => {
    renderWithProviders(<MatchExplanation explanation={{ factors: [], matchedTags: [], matchedTerms: {} }} score={0} />);
    expect(screen.getByTestId('match-explanation')).toHaveTextContent('没有可展示的匹配依据。');
  });
});

describe('factorPercents', () => {
  it('divides each share by the score', () => {
    expect(factorPercents(explanation().factors, 0.7)).toEqual([64.3, 21.4, 14.3, 0]);
  });

  it('falls back to the sum of the shares without a score', () => {
    expect(factorPercents([{ factor: 'TEXT', value: 1, weight: 1, share: 0.2 }, { factor: 'TAGS', value: 1, weight: 1, share: 0.2 }], 0)).toEqual([50, 50]);
    expect(factorPercents([], 0)).toEqual([]);
  });
});
