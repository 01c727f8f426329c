// What /\s/ matches, by character code: for loops that test one character at a time, where a
// regex call per character costs more than the loop's own work (sentence trimming, walks back).

/** Whether the UTF-16 code unit `c` is one /\s/ matches (ECMAScript WhiteSpace or LineTerminator). */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));
