// Exact money: decimal strings from files to integer nano-units and back. A figure is rounded once, when it is shown.
import { NANOS_PER_UNIT, type Nanos } from "./types";

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal string ("12.5", "-0.000000123", "1.2E-7", "  3 ") as nano-units, exactly. Digits beyond the ninth decimal are
 * rounded half to even (one rounding per line, below a billionth of a unit). Returns null for anything that is not a number.
 */
export function parseNanos(text: string): Nanos | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, whole = "", fraction = "", exponentText] = match;
  if (whole === "" && fraction === "") return null;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 30) return null;
  // digits × 10^(exponent − fraction length) × 10^9
  let digits = BigInt(`${whole}${fraction}` || "0");
  let scale = exponent - fraction.length + 9;
  if (scale >= 0) digits *= 10n ** BigInt(scale);
  else {
    const divisor = 10n ** BigInt(-scale);
    const quotient = digits / divisor;
    const remainder = digits % divisor;
    const twice = remainder * 2n;
    digits = twice > divisor || (twice === divisor && quotient % 2n === 1n) ? quotient + 1n : quotient;
    scale = 0;
  }
  return sign === "-" ? -digits : digits;
}

/** Nano-units as a JS number of currency units (for charts, JSON figures and statistics; exact sums stay bigint). */
export function nanosToNumber(value: Nanos): number {
  const whole = value / NANOS_PER_UNIT;
  const rest = value % NANOS_PER_UNIT;
  return Number(whole) + Number(rest) / 1e9;
}

/** Nano-units rounded half away from zero to `decimals` places (0–9), as a plain decimal string: "1234.50". */
export function formatNanos(value: Nanos, decimals = 2): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 9) throw new RangeError(`decimals must be 0–9, not ${decimals}`);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const step = 10n ** BigInt(9 - decimals);
  const rounded = ((magnitude + step / 2n) / step) * step;
  const whole = rounded / NANOS_PER_UNIT;
  const fraction = (rounded % NANOS_PER_UNIT).toString().padStart(9, "0").slice(0, decimals);
  const text = decimals === 0 ? whole.toString() : `${whole}.${fraction}`;
  return negative && rounded !== 0n ? `-${text}` : text;
}
