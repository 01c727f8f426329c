// An office a label writes in words apart, each of which is a name as often: the Dewan Rakyat's
// presiding "Yang di-Pertua", whose "Yang" is a common surname too. Joined as one word, the label's
// words are read for roles one by one (turnLabels.ts `isRole`) and the office is no one's name.

const OFFICE_APART = /\bYang\s+di-Pertua\b/gi;
const OFFICE_JOINED = /\bYang-di-Pertua\b/g;

/** A label's name with an office written apart joined as one word ("Tuan Yang-di-Pertua"). */
export const joinedOffices = (name: string): string => name.replace(OFFICE_APART, 'Yang-di-Pertua');

/** The office `joinedOffices` joined, as the record writes it. */
export const writtenApart = (name: string): string => name.replace(OFFICE_JOINED, 'Yang di-Pertua');
