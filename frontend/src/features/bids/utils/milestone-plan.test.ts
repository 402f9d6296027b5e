import { checkPlan } from './milestone-plan';

describe('checkPlan', () => {
  it('adds up the payment percents and knows when they make exactly 100', () => {
    const plan = [
      { title: 'A', dueMonth: 3, paymentPercent: 30 },
      { title: 'B', dueMonth: 9, paymentPercent: 70 },
    ];
    expect(checkPlan(plan)).toMatchObject({ total: 100, remaining: 0, exact: true, ascending: true, outOfOrder: [] });
  });

  it('reports what is missing or too much', () => {
    expect(checkPlan([{ dueMonth: 3, paymentPercent: 30 }, { dueMonth: 6, paymentPercent: 40 }])).toMatchObject({
      total: 70,
      remaining: 30,
      exact: false,
    });
    expect(checkPlan([{ dueMonth: 3, paymentPercent: 60 }, { dueMonth: 6, paymentPercent: 50 }])).toMatchObject({
      total: 110,
      remaining: -10,
      exact: false,
    });
  });

  it('counts empty percents as zero and an empty plan as not done', () => {
    expect(checkPlan([{ title: 'A' }, undefined])).toMatchObject({ total: 0, exact: false, ascending: false });
    expect(checkPlan([])).toMatchObject({ total: 0, exact: false, ascending: false });
    expect(checkPlan(undefined)).toMatchObject({ total: 0, exact: false });
  });

  it('requires strictly ascending due months, like the server', () => {
    const check = checkPlan([
      { dueMonth: 6, paymentPercent: 20 },
      { dueMonth: 6, paymentPercent: 30 },
      { dueMonth: 4, paymentPercent: 20 },
      { dueMonth: 12, paymentPercent: 30 },
    ]);
    expect(check.exact).toBe(true);
    expect(check.ascending).toBe(false);
    expect(check.outOfOrder).toEqual([1, 2]);
  });

  it('flags due months after the delivery period', () => {
    const check = checkPlan(
      [
        { dueMonth: 6, paymentPercent: 50 },
        { dueMonth: 18, paymentPercent: 50 },
      ],
      12,
    );
    expect(check.beyondDelivery).toEqual([1]);
    expect(check.ascending).toBe(true);
  });

  it('is not ascending while a due month is missing', () => {
    expect(checkPlan([{ dueMonth: 3, paymentPercent: 50 }, { paymentPercent: 50 }]).ascending).toBe(false);
  });
});
