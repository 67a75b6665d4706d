import { describe, expect, it } from 'vitest';
import { formatMoney, minorDigits, toMajorText, toMinor } from './money';

describe('money in minor units', () => {
  it('knows each currency\'s minor digits from ISO 4217 (EUR 2, JPY 0, KWD 3)', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('formats minor units as the currency\'s major units', () => {
    expect(formatMoney(1234, 'EUR', 'en-US')).toBe('€12.34');
    expect(formatMoney(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney(1234, 'KWD', 'en-US')).toBe('KWD\u00a01.234');
    expect(formatMoney(1234, 'EUR', 'it-IT')).toBe('12,34\u00a0€');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0.00');
  });

  it('reads what an operator types as minor units of the currency', () => {
    expect(toMinor('12.5', 'EUR')).toBe(1250);
    expect(toMinor('12,34', 'EUR')).toBe(1234);
    expect(toMinor('12', 'EUR')).toBe(1200);
    expect(toMinor('1200', 'JPY')).toBe(1200);
    expect(toMinor('1.250', 'KWD')).toBe(1250);
    expect(toMinor('0.1', 'KWD')).toBe(100);
  });

  it('refuses what is not an amount of that currency', () => {
    expect(toMinor('12.345', 'EUR')).toBeNull();
    expect(toMinor('12.5', 'JPY')).toBeNull();
    expect(toMinor('-1', 'EUR')).toBeNull();
    expect(toMinor('abc', 'EUR')).toBeNull();
    expect(toMinor('', 'EUR')).toBeNull();
  });

  it('prefills a dialog with the major-unit text of the maximum', () => {
    expect(toMajorText(31319, 'EUR')).toBe('313.19');
    expect(toMajorText(500, 'JPY')).toBe('500');
    expect(toMajorText(1250, 'KWD')).toBe('1.250');
  });
});
