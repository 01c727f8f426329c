// Exact rational numbers on BigInt, for Adjusted Winner: a split like 5/6 and equal final points
// like 395/6 must come out exact, not 65.83333333333333.
import { ParleyError } from '../core/errors.ts';

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num, den) || 1n;
    this.num = (sign * num) / g;
    this.den = (sign * den) / g;
  }

  static of(num: bigint, den = 1n): Rational {
    if (den === 0n) throw new RangeError('a rational with denominator 0');
    return new Rational(num, den);
  }

  static readonly ZERO = Rational.of(0n);
  static readonly ONE = Rational.of(1n);

  /**
   * The number a person wrote: a JSON number is read from its decimal form (0.1 is 1/10, not
   * the nearest double), a string may be "a/b" or a decimal. Throws `invalid_input` otherwise.
   */
  static parse(value: unknown, where: string): Rational {
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof text === 'string') {
      const fraction = /^\s*(-?\d+)\s*\/\s*(\d+)\s*$/.exec(text);
      if (fraction && BigInt(fraction[2]!) !== 0n)
        return Rational.of(BigInt(fraction[1]!), BigInt(fraction[2]!));
      const decimal = /^\s*(-?)(\d+)(?:\.(\d+))?(?:e([-+]?\d+))?\s*$/i.exec(text);
      if (decimal) {
        const [, sign, whole, frac = '', exp = '0'] = decimal;
        const digits = BigInt(`${sign}${whole}${frac}`);
        const shift = Number(exp) - frac.length;
        return shift >= 0
          ? Rational.of(digits * 10n ** BigInt(shift))
          : Rational.of(digits, 10n ** BigInt(-shift));
      }
    }
    throw new ParleyError(
      'invalid_input',
      `${where}: expected a number (or "a/b"), got ${JSON.stringify(value)}`,
      {
        field: where,
      },
    );
  }

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  /** −1, 0 or 1 as this is less than, equal to or greater than `o`. */
  cmp(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  /** "395/6", "1", "0", "-3/2". */
  toString(): string {
    return this.den === 1n ? String(this.num) : `${this.num}/${this.den}`;
  }
}
