import { lazy, Suspense } from 'react';
import { ContractsPage } from '../features/contracts/ContractsPage';
import { OrderDetailPage } from '../features/order-detail/OrderDetailPage';
import { OrdersPage } from '../features/orders/OrdersPage';
import { useLocation } from '../lib/router';

// The chart library is the largest dependency: it loads with the dashboard only.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));

export function Routes() {
  const { path } = useLocation();
  const order = /^\/orders\/([^/]+)$/.exec(path);
  if (order?.[1]) return <OrderDetailPage orderId={decodeURIComponent(order[1])} />;
  if (path === '/orders') return <OrdersPage />;
  if (path === '/contracts') return <ContractsPage />;
  if (path === '/') return <Suspense fallback={<p>Loading…</p>}><DashboardPage /></Suspense>;
  return <p role="alert">There is no page at {path}.</p>;
}
