import { useEffect, useRef, useState } from 'react';
import { useSubscription } from 'urql';
import type { OrderRowFragment } from '../../gql/graphql';
import { onReconnect } from '../../lib/socket';
import { OrderUpdatedSubscription } from './ordersQuery';

const NEW_WITHIN_MS = 10 * 60_000;

/**
 * The merchant's orderUpdated events applied to the page on screen: a row the page shows is replaced at once; an order it
 * does not show makes the first page refetch (the server applies the filter and the sort, the portal never re-implements
 * them) and marks the order new; on a later page it is only counted, so the operator's page stays put. After the socket
 * reconnects the page refetches, since events sent meanwhile are not replayed.
 */
export function useLiveOrders(rows: readonly OrderRowFragment[], firstPage: boolean, fetching: boolean, refetch: () => void) {
  const [updated, setUpdated] = useState<Map<string, OrderRowFragment>>(new Map());
  const [changed, setChanged] = useState<Set<string>>(new Set());
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [elsewhere, setElsewhere] = useState(0);
  const shown = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  // A refetch never replaces one on its way: on a large database a page takes longer than payments take to arrive, and
  // restarting it each time would leave the table waiting for ever. One more follows when it lands.
  const fetchingRef = useRef(fetching);
  fetchingRef.current = fetching;
  const pending = useRef(false);
  const request = () => {
    if (fetchingRef.current) pending.current = true;
    else refetchRef.current();
  };
  useEffect(() => {
    if (!fetching && pending.current) {
      pending.current = false;
      refetchRef.current();
    }
  }, [fetching]);

  useEffect(() => {
    shown.current = new Set(rows.map((r) => r.orderId));
    setUpdated(new Map());
  }, [rows]);

  useEffect(() => onReconnect(() => request()), []);
  useEffect(() => () => clearTimeout(timer.current), []);

  useSubscription({ query: OrderUpdatedSubscription }, (_, event) => {
    const order = event.orderUpdated;
    if (shown.current.has(order.orderId)) {
      setUpdated((m) => new Map(m).set(order.orderId, order));
      setChanged((s) => new Set(s).add(order.orderId));
    } else if (Date.now() - Date.parse(order.createdAt) > NEW_WITHIN_MS) {
      // An older order off this page changed: nothing on screen to update.
    } else if (firstPage) {
      setFresh((s) => new Set(s).add(order.orderId));
      clearTimeout(timer.current);
      timer.current = setTimeout(request, 250);
    } else {
      setElsewhere((n) => n + 1);
    }
    return event;
  });

  const merged = rows.map((r) => updated.get(r.orderId) ?? r);
  return { rows: merged, isNew: (id: string) => fresh.has(id), isChanged: (id: string) => changed.has(id), elsewhere };
}
