// Replies due, told by their day in the clipped wording of wires, briefings and chats: "moved, the
// replies to 20 September, the signing to 1 October", "more time: replies on the 18th", "written
// comments could now be submitted until September 23", "names 23 September for the replies",
// "the replies are expected on 20 March". Each is the deadline for the replies. A trigger pattern of
// events.ts (its words: the replies' nouns).
import { DAY_SOURCE as DAY } from './signingOnDay.ts';

const REPLIES = '(?:replies|comments|answers|responses)';
const THE_REPLIES = `(?:the )?(?:written )?${REPLIES}`;
const MOVED_LIST = `\\b(?:moved|postponed|pushed back|put back|delayed|shifted|extended)\\b[^.;]{0,80}, ${THE_REPLIES}`;
const MORE_TIME_LIST = `\\b(?:more time|an extension|extended|postponed|moved|new (?:dates|timetable))\\b[^.;]{0,40}: ${THE_REPLIES}`;
const SUBMITTED = `[^.;]{0,40}? (?:can|could|may|must|should|will|would|are to|is to) (?:now |still |only )?be (?:submitted|sent|delivered|handed in|filed) (?:until|by|no later than|before) (?:the )?${DAY}`;
const NAMED_FOR = `\\b(?:names|named|sets|set|gives|gave|proposes|proposed|fixes|fixed) (?:the )?${DAY} for ${THE_REPLIES}`;
// Expected replies are due only as replies TO someone or something, or as the replies ("Comments from
// the mediator are expected on Monday" is someone speaking, not a deadline).
const IS_EXPECTED = ` (?:are|were|is|was) (?:now |still )?expected (?:on|by) (?:the )?${DAY}`;
const EXPECTED_TO = ` to [^.;,]{1,40}?${IS_EXPECTED}`;
const THE_EXPECTED = `(?<=\\b(?:the|written|their|its) ${REPLIES})(?=${IS_EXPECTED})`;

export const REPLIES_ON_DAY = new RegExp(
  `\\b${REPLIES}(?<=${MOVED_LIST})(?= to (?:the )?${DAY})|\\b${REPLIES}(?<=${MORE_TIME_LIST})(?= (?:on|by) (?:the )?${DAY})|\\b${REPLIES}(?=${SUBMITTED}|${EXPECTED_TO})|\\b${REPLIES}${THE_EXPECTED}|\\b${REPLIES}\\b(?<=${NAMED_FOR})`,
  'gi',
);

/** The words one of which every match holds, for the trigger scan. */
export const REPLIES_WORDS = ['replies', 'comments', 'answers', 'responses'];
