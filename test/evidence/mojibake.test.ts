import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/evidence/mojibake.ts';

const asLatin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
// Scrapers often drop the C1 control characters that Latin-1 decoding produces.
const asLatin1Stripped = (s: string) => asLatin1(s).replace(/[\u0080-\u009f]/g, '');
const asCp1252 = (s: string) => new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8'));

describe('repairMojibake', () => {
  it('repairs cp1252-read punctuation', () => {
    expect(repairMojibake('the envoyâ€™s plan â€“ â€œfinalâ€\u009d')).toBe('the envoy’s plan – “final”');
  });

  it('repairs Latin-1-read Cyrillic with its C1 bytes kept', () => {
    expect(repairMojibake('Ð\u009dÐ¾Ð²Ð¸Ð½Ð¸ Ð´Ð½Ñ\u008f')).toBe('Новини дня');
    expect(repairMojibake(asLatin1('Переговори у Женеві'))).toBe('Переговори у Женеві');
  });

  it('marks letters whose C1 byte was stripped instead of inventing them', () => {
    expect(repairMojibake('ÐÐ¾Ð»Ð¾Ð´Ð¸Ð¼Ð¸Ñ')).toBe('\uFFFDолодими\uFFFD');
  });

  it('restores an ellipsis whose middle byte was stripped', () => {
    expect(repairMojibake('we are glad that ourâ¦')).toBe('we are glad that our…');
    expect(repairMojibake(asLatin1Stripped('and then…'))).toBe('and then…');
  });

  it('leaves correct text alone, accented words included', () => {
    const sound = 'Café au lait in Türkiye; São Paulo, Ðorđe, naïve «oui» — Ñandú, Москва, “quoted” it’s';
    expect(repairMojibake(sound)).toBe(sound);
  });

  it('round-trips any misdecoded text (property)', () => {
    const words = fc.array(
      fc.constantFrom('мир', 'Київ', 'café', '—', '“yes”', 'über', 'talks', '€5', 'naïve', ' '),
      {
        minLength: 1,
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(words, (parts) => {
        const text = parts.join(' ');
        expect(repairMojibake(text)).toBe(text);
        if (/[^\u0000-\u00ff]/.test(text)) {
          expect(repairMojibake(asLatin1(text))).toBe(text);
          expect(repairMojibake(asCp1252(text))).toBe(text);
        }
      }),
    );
  });
});
