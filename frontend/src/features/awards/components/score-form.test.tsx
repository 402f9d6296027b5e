import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';

import { ApiError } from '@/lib/api-client';
import { fill, renderWithProviders } from '@/testing/test-utils';

import { RUBRIC, score } from '../testing/fixtures';
import { ScoreForm } from './score-form';

const points = (name: string, max: number) => screen.getByLabelText(`${name}得分（0–${max}）`);
const comment = (name: string) => screen.getByLabelText(`${name}评语`);

// Ant Design forms are slow to drive in jsdom.
describe('ScoreForm', () => {
  it('shows each criterion’s maximum and keeps the total up to date', async () => {
    const { user } = renderWithProviders(<ScoreForm rubric={RUBRIC} score={null} onSubmit={vi.fn()} />);
    expect(within(screen.getByTestId('score-technicalMerit')).getByText('满分 40 分')).toBeInTheDocument();
    expect(within(screen.getByTestId('score-costReasonableness')).getByText('满分 15 分')).toBeInTheDocument();
    const total = screen.getByTestId('score-total');
    expect(total).toHaveTextContent('合计0.0/ 100');

    await fill(user, points('技术先进性', 40), '36.5');
    await waitFor(() => expect(total).toHaveAttribute('data-total', '36.5'));
    await fill(user, points('方案可行性', 25), '22');
    await fill(user, points('团队能力', 20), '18');
    await fill(user, points('报价合理性', 15), '12.5');
    await waitFor(() => expect(total).toHaveAttribute('data-total', '89.0'));
    expect(total).toHaveAttribute('data-complete', 'true');
  });

  it('refuses points above a criterion’s weight, and a missing comment', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const { user } = renderWithProviders(<ScoreForm rubric={RUBRIC} score={null} onSubmit={onSubmit} />);
    await fill(user, points('技术先进性', 40), '45');
    await waitFor(() => expect(screen.getByTestId('score-over')).toHaveTextContent('技术先进性超过该项满分。'));
    expect(screen.getByTestId('score-total')).toHaveAttribute('data-complete', 'false');

    await user.click(screen.getByTestId('score-submit'));
    expect(await within(screen.getByTestId('score-technicalMerit')).findByText('该项最多 40 分。')).toBeInTheDocument();
    expect(await within(screen.getByTestId('score-feasibility')).findByText('请打分。')).toBeInTheDocument();
    expect(within(screen.getByTestId('score-feasibility')).getByText('请填写评语。')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await fill(user, points('技术先进性', 40), '12.25');
    await user.click(screen.getByTestId('score-submit'));
    expect(await within(screen.getByTestId('score-technicalMerit')).findByText('最多保留 1 位小数。')).toBeInTheDocument();
  });

  it('submits one-decimal scores with the comments and shows server field errors at their fields', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError({
        status: 400,
        type: '/problems/validation',
        detail: '请求参数无效。',
        errors: [{ field: 'costReasonableness.score', message: '该项最多 15 分。' }],
      }),
    );
    const { user } = renderWithProviders(<ScoreForm rubric={RUBRIC} score={score('b1', 'r1', '专家', ['36.0', '22.0', '18.0', '12.0'], '88.0')} onSubmit={onSubmit} />);
    expect(screen.getByTestId('score-total')).toHaveAttribute('data-total', '88.0');
    expect(screen.getByTestId('score-submit')).toHaveTextContent('更新评分');
    await fill(user, comment('团队能力'), '团队完整');
    await user.click(screen.getByTestId('score-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual({
      technicalMerit: { score: '36.0', comment: '评语' },
      feasibility: { score: '22.0', comment: '评语' },
      teamCapability: { score: '18.0', comment: '团队完整' },
      costReasonableness: { score: '12.0', comment: '评语' },
    });
    expect(await within(screen.getByTestId('score-costReasonableness')).findByText('该项最多 15 分。')).toBeInTheDocument();
    expect(screen.getByTestId('problem-alert')).toHaveTextContent('请求参数无效。');
  });

  it('is read-only once scoring is locked', () => {
    renderWithProviders(<ScoreForm rubric={RUBRIC} score={score('b1', 'r1', '专家', ['36.0', '22.0', '18.0', '12.0'], '88.0')} readOnly onSubmit={vi.fn()} />);
    expect(screen.queryByTestId('score-submit')).not.toBeInTheDocument();
    expect(points('技术先进性', 40)).toBeDisabled();
  });
});
