// The CSV export is a plain GET that takes the same filter as the table; the key goes in the X-Api-Key header (never in the
// URL, so it is in no log and no browser history), and the answer is saved through a Blob.
import type { OrderFilterInput, OrderSortInput } from '../gql/graphql';

export const EXPORT_PATH = '/export/orders.csv';

export function exportUrl(where: OrderFilterInput | undefined, order: OrderSortInput[]): string {
  const params = new URLSearchParams();
  if (where) params.set('where', JSON.stringify(where));
  if (order.length) params.set('order', JSON.stringify(order));
  const query = params.toString();
  return query ? `${EXPORT_PATH}?${query}` : EXPORT_PATH;
}

export async function downloadCsv(apiKey: string, url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { headers: { 'X-Api-Key': apiKey, Accept: 'text/csv' } });
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw new Error(`The export failed (${response.status})${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
