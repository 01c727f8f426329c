// News outlets as speaker labels. A foreign ministry's regular press conference labels each
// question by the outlet that asks it ("CCTV:", "Bloomberg:", "China Daily:"): the turn is a
// journalist's, not a speaker called CCTV.

// An acronym in capitals ("AFP", "NHK", "CGTN") or a name holding a word only outlets use. Offices
// are abbreviated too, and speak: "PM:", "FM:", "SG:", "HRVP:" (the EU's High Representative).
// A broadcaster's joined initials too: "RFE/RL:".
const ACRONYM = /^[A-Z]{2,5}(?:\/[A-Z]{2,5})?$/;
const OFFICE_ACRONYM = /^(?:PM|DPM|FM|SG|DSG|USG|ASG|SRSG|VP|HR|HRVP|MP|MEP|POTUS|SECGEN|CDS|PUS)$/;
export const MEDIA_WORD =
  /\b(?:TV|Television|News|Daily|Times|Post|Press|Radio|Agency|Agence|Herald|Journal|Tribune|Gazette|Broadcasting|Media|Network|Telegraph|Channel|Wire|Zeitung|Courier|Observer|Magazine|Review|Weekly|Monthly|Chronicle|Economist|Bulletin|Dispatch|Ledger|Globe|Mirror|Broadcaster|Newspaper|Podcast|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Interfax|Sputnik)\b/i;

// "Press" names an office too: "THE PRESS SECRETARY:", "Press Officer:", "Press Attaché:".
const PRESS_OFFICE = /\b(?:secretary|officer|attach[eé]|spokes(?:person|man|woman)|counsell?or|office)\b/i;

/** Whether a turn's label names a news outlet rather than a person or an office. */
export function isOutletLabel(label: string, isRole: (word: string) => boolean): boolean {
  const bare = label.replace(/[*_]/g, '').trim();
  if (ACRONYM.test(bare)) return !isRole(bare) && !OFFICE_ACRONYM.test(bare);
  return MEDIA_WORD.test(bare) && !PRESS_OFFICE.test(bare) && bare.split(/\s+/).length <= 5;
}
