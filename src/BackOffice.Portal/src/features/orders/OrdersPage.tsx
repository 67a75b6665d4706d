import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { localTimeZone } from '../../lib/dates';
import { downloadCsv, exportUrl } from '../../lib/exportCsv';
import { navigate, useLocation } from '../../lib/router';
import { getSession } from '../../lib/session';
import { orderFromView, PAGE_SIZES, pageArgs, searchFromView, viewFromSearch, whereFromView, type OrdersView, type PageSize, type SortField } from './filters';
import { OrderFilters } from './OrderFilters';
import { OrdersQuery } from './ordersQuery';
import { OrdersTable } from './OrdersTable';
import { useLiveOrders } from './useLiveOrders';

export function OrdersPage() {
  const { search } = useLocation();
  const view = useMemo(() => viewFromSearch(search), [search.toString()]);
  const timeZone = localTimeZone();
  const where = useMemo(() => whereFromView(view, timeZone), [view, timeZone]);
  const order = useMemo(() => orderFromView(view), [view]);
  const variables = useMemo(() => ({ ...pageArgs(view), where, order }), [view, where, order]);
  const [result, reexecute] = useQuery({ query: OrdersQuery, variables, requestPolicy: 'cache-and-network' });
  const connection = result.data?.orders;
  const nodes = useMemo(() => connection?.nodes ?? [], [connection]);
  const firstPage = !view.after && !view.before;
  const live = useLiveOrders(nodes, firstPage, result.fetching, () => reexecute({ requestPolicy: 'network-only' }));
  const [exportError, setExportError] = useState<string | null>(null);

  const go = (next: OrdersView, replace = false) => navigate(`/orders${searchFromView(next)}`, { replace });
  // A filter, sort or size change starts again at the first page.
  const change = (patch: Partial<OrdersView>) => go({ ...view, ...patch, after: undefined, before: undefined });
  const sortBy = (field: SortField) => change({ sort: field, dir: view.sort === field && view.dir === 'desc' ? 'asc' : 'desc' });

  async function exportCsv() {
    setExportError(null);
    try {
      await downloadCsv(getSession()!.apiKey, exportUrl(where, order), 'orders.csv');
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section aria-labelledby="orders-title">
      <div className="page-head">
        <h1 id="orders-title">Orders</h1>
        <button type="button" onClick={exportCsv}>Export CSV</button>
      </div>
      {exportError && <p className="error" role="alert">{exportError}</p>}
      <OrderFilters view={view} onChange={change} />
      {result.error && <p className="error" role="alert">{result.error.graphQLErrors[0]?.message ?? result.error.message}</p>}
      <div className="table-bar">
        <span aria-live="polite">{connection ? `${connection.totalCount.toLocaleString()} orders` : result.fetching ? 'Loading…' : ''}</span>
        {live.elsewhere > 0 && (
          <button type="button" className="link" onClick={() => change({})}>{live.elsewhere} new — show the first page</button>
        )}
      </div>
      <OrdersTable rows={live.rows} view={view} onSort={sortBy} isNew={live.isNew} isChanged={live.isChanged} busy={result.fetching} />
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={!connection?.pageInfo.hasPreviousPage || !connection.pageInfo.startCursor}
          onClick={() => go({ ...view, after: undefined, before: connection!.pageInfo.startCursor! })}>Previous</button>
        <button type="button" disabled={!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
          onClick={() => go({ ...view, before: undefined, after: connection!.pageInfo.endCursor! })}>Next</button>
        <label htmlFor="page-size">Page size</label>
        <select id="page-size" value={view.size} onChange={(e) => change({ size: Number(e.target.value) as PageSize })}>
          {PAGE_SIZES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </nav>
    </section>
  );
}
