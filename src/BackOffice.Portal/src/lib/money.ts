// Money travels as minor units plus an ISO currency; how many minor digits a currency has comes from Intl (ISO 4217),
// so EUR has 2, JPY 0 and KWD 3 without a table of our own.

// Intl formatters are costly to build and a table formats hundreds of amounts: one per currency and locale is kept.
const digitsCache = new Map<string, number>();
const formatCache = new Map<string, Intl.NumberFormat | null>();

export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

function formatter(currency: string, digits: number, locale?: string): Intl.NumberFormat | null {
  const key = `${locale ?? ''}|${currency}`;
  if (!formatCache.has(key)) {
    try {
      formatCache.set(key, new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }));
    } catch {
      formatCache.set(key, null);
    }
  }
  return formatCache.get(key) ?? null;
}

export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const major = minor / 10 ** digits;
  return formatter(currency, digits, locale)?.format(major) ?? `${major.toFixed(digits)} ${currency}`;
}

/** The major units an operator typed ("12.5", "12,50") as minor units; null when it is not an amount in that currency. */
export function toMinor(major: string, currency: string): number | null {
  const text = major.trim().replace(',', '.');
  const digits = minorDigits(currency);
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as the plain major-unit text an input shows ("12.50", "1200", "1.250"). */
export function toMajorText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}
