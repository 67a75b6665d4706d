// The orders view's state lives in the URL (bookmarkable, shareable): this maps the query string to a typed state and
// that state to the API's `where`/`order` arguments. Pure functions, unit-tested.
import type { OrderFilterInput, OrderSortInput, OrderStatus } from '../../gql/graphql';
import { dayRange } from '../../lib/dates';
import { minorDigits, toMinor } from '../../lib/money';

export const STATUSES: OrderStatus[] = ['PENDING', 'AUTHORIZED', 'PARTIALLY_CAPTURED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'VOIDED', 'DECLINED'];
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const SORT_FIELDS = ['orderId', 'createdAt', 'customerId', 'status', 'amount', 'capturedAmount', 'refundedAmount', 'lastOperationTime'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface OrdersView {
  status: OrderStatus[];
  from?: string;
  to?: string;
  min?: string;
  max?: string;
  search?: string;
  custom?: string;
  sort: SortField;
  dir: 'asc' | 'desc';
  size: PageSize;
  after?: string;
  before?: string;
}

export const DEFAULT_VIEW: OrdersView = { status: [], sort: 'createdAt', dir: 'desc', size: 25 };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d+([.,]\d+)?$/;

export function viewFromSearch(search: URLSearchParams): OrdersView {
  const text = (name: string) => search.get(name)?.trim() || undefined;
  const day = (name: string) => (DAY.test(search.get(name) ?? '') ? search.get(name)! : undefined);
  const amount = (name: string) => (AMOUNT.test(search.get(name) ?? '') ? search.get(name)! : undefined);
  const status = (search.get('status') ?? '').split(',').filter((s): s is OrderStatus => (STATUSES as string[]).includes(s));
  const sort = SORT_FIELDS.find((f) => f === search.get('sort')) ?? DEFAULT_VIEW.sort;
  const size = PAGE_SIZES.find((s) => String(s) === search.get('size')) ?? DEFAULT_VIEW.size;
  const view: OrdersView = {
    status, from: day('from'), to: day('to'), min: amount('min'), max: amount('max'), search: text('q'), custom: text('custom'),
    sort, dir: search.get('dir') === 'asc' ? 'asc' : 'desc', size,
  };
  if (search.get('after')) view.after = search.get('after')!;
  else if (search.get('before')) view.before = search.get('before')!;
  return view;
}

/** The query string of a view, leaving defaults out so a plain view has a plain URL. */
export function searchFromView(view: OrdersView): string {
  const params = new URLSearchParams();
  if (view.status.length) params.set('status', view.status.join(','));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.min) params.set('min', view.min);
  if (view.max) params.set('max', view.max);
  if (view.search) params.set('q', view.search);
  if (view.custom) params.set('custom', view.custom);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.dir !== DEFAULT_VIEW.dir) params.set('dir', view.dir);
  if (view.size !== DEFAULT_VIEW.size) params.set('size', String(view.size));
  if (view.after) params.set('after', view.after);
  else if (view.before) params.set('before', view.before);
  const text = params.toString();
  return text ? `?${text}` : '';
}

// Currencies by their number of minor digits (ISO 4217), so "Min amount 10" is 1000 in EUR, 10 in JPY and 10000 in KWD.
const ZERO_DIGITS = ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'];
const THREE_DIGITS = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];

function amountFilter(min: string | undefined, max: string | undefined, currency: string): { gte?: number; lte?: number } | null {
  const gte = min ? toMinor(min.replace(',', '.'), currency) ?? roundMinor(min, currency) : undefined;
  const lte = max ? toMinor(max.replace(',', '.'), currency) ?? roundMinor(max, currency) : undefined;
  if (gte === undefined && lte === undefined) return null;
  return { ...(gte !== undefined && { gte }), ...(lte !== undefined && { lte }) };
}

// More decimals than the currency has ("10.5" yen) round to its minor unit rather than being dropped.
const roundMinor = (major: string, currency: string) => Math.round(Number(major.replace(',', '.')) * 10 ** minorDigits(currency));

/** The API's `where` for a view; dates are days in `timeZone`. */
export function whereFromView(view: OrdersView, timeZone: string): OrderFilterInput | undefined {
  const and: OrderFilterInput[] = [];
  if (view.status.length) and.push({ status: { in: view.status } });
  const range = dayRange(view.from, view.to, timeZone);
  if (range.gte || range.lt) and.push({ createdAt: { ...(range.gte && { gte: range.gte }), ...(range.lt && { lt: range.lt }) } });
  if (view.min || view.max) {
    const groups: [string, OrderFilterInput['currency']][] = [
      ['JPY', { in: ZERO_DIGITS }],
      ['KWD', { in: THREE_DIGITS }],
      ['EUR', { nin: [...ZERO_DIGITS, ...THREE_DIGITS] }],
    ];
    and.push({ or: groups.map(([example, currency]) => ({ currency, amount: amountFilter(view.min, view.max, example) })) });
  }
  // Ids are searched by prefix: it reads an index, where "contains" would scan every order.
  if (view.search) and.push({ or: [{ orderId: { startsWith: view.search } }, { customerId: { startsWith: view.search } }] });
  // A prefix too ("campaign=" finds every campaign): an index range, where "contains" would read every order.
  if (view.custom) and.push({ customField: { startsWith: view.custom } });
  if (and.length === 0) return undefined;
  return and.length === 1 ? and[0] : { and };
}

/** One sort field: the API's cursors already end with a unique key, and a second field here would keep the database from
 *  reading the sort's index (seconds instead of milliseconds on a million orders). */
export function orderFromView(view: OrdersView): OrderSortInput[] {
  return [{ [view.sort]: view.dir === 'asc' ? 'ASC' : 'DESC' }];
}

/** Paging arguments: `first`/`after` forwards, `last`/`before` backwards. */
export function pageArgs(view: OrdersView): { first?: number; after?: string; last?: number; before?: string } {
  return view.before ? { last: view.size, before: view.before } : { first: view.size, ...(view.after && { after: view.after }) };
}
