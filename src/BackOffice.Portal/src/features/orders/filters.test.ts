import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, orderFromView, pageArgs, searchFromView, viewFromSearch, whereFromView, type OrdersView } from './filters';

const view = (patch: Partial<OrdersView>): OrdersView => ({ ...DEFAULT_VIEW, ...patch });

describe('the orders view in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const full = view({
      status: ['CAPTURED', 'REFUNDED'], from: '2026-11-01', to: '2026-11-30', min: '10.5', max: '200', search: 'CUST001',
      custom: 'vip', sort: 'amount', dir: 'asc', size: 50, after: 'abc==',
    });
    const search = searchFromView(full);
    expect(search).toBe('?status=CAPTURED%2CREFUNDED&from=2026-11-01&to=2026-11-30&min=10.5&max=200&q=CUST001&custom=vip&sort=amount&dir=asc&size=50&after=abc%3D%3D');
    expect(viewFromSearch(new URLSearchParams(search))).toEqual(full);
  });

  it('gives the default view a plain URL', () => {
    expect(searchFromView(DEFAULT_VIEW)).toBe('');
    expect(viewFromSearch(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
  });

  it('drops what a hand-edited URL gets wrong instead of sending it', () => {
    const parsed = viewFromSearch(new URLSearchParams('status=CAPTURED,BOGUS&from=yesterday&min=ten&sort=password&dir=up&size=1000'));
    expect(parsed).toEqual(view({ status: ['CAPTURED'] }));
  });

  it('keeps one paging direction: after wins over before', () => {
    expect(viewFromSearch(new URLSearchParams('after=a&before=b'))).toEqual(view({ after: 'a' }));
    expect(pageArgs(view({ before: 'b', size: 100 }))).toEqual({ last: 100, before: 'b' });
    expect(pageArgs(view({ after: 'a' }))).toEqual({ first: 25, after: 'a' });
    expect(pageArgs(DEFAULT_VIEW)).toEqual({ first: 25 });
  });
});

describe('the view as the API\'s arguments', () => {
  it('sends no filter for the default view', () => {
    expect(whereFromView(DEFAULT_VIEW, 'UTC')).toBeUndefined();
  });

  it('sends status, day range (in the time zone), search and custom field', () => {
    expect(whereFromView(view({ status: ['CAPTURED'], from: '2026-12-02', to: '2026-12-02', search: 'D1', custom: 'x' }), 'Europe/Rome')).toEqual({
      and: [
        { status: { in: ['CAPTURED'] } },
        { createdAt: { gte: '2026-12-01T23:00:00.000Z', lt: '2026-12-02T23:00:00.000Z' } },
        { or: [{ orderId: { startsWith: 'D1' } }, { customerId: { startsWith: 'D1' } }] },
        { customField: { startsWith: 'x' } },
      ],
    });
  });

  it('sends an amount range in each currency\'s minor units', () => {
    const where = whereFromView(view({ min: '10', max: '12.5' }), 'UTC');
    expect(where).toEqual({
      or: [
        { currency: { in: expect.arrayContaining(['JPY']) }, amount: { gte: 10, lte: 13 } },
        { currency: { in: expect.arrayContaining(['KWD']) }, amount: { gte: 10000, lte: 12500 } },
        { currency: { nin: expect.arrayContaining(['JPY', 'KWD']) }, amount: { gte: 1000, lte: 1250 } },
      ],
    });
  });

  it('sorts by the one column chosen (the API makes the cursor unique)', () => {
    expect(orderFromView(view({ sort: 'amount', dir: 'asc' }))).toEqual([{ amount: 'ASC' }]);
    expect(orderFromView(DEFAULT_VIEW)).toEqual([{ createdAt: 'DESC' }]);
  });
});
