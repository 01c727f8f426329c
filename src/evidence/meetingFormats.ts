// A meeting held in two formats. Many houses' readouts tell a tête-à-tête and then talks of the
// delegations ("met one-on-one before the talks in an expanded format", "followed by plenary
// talks", "first in a wide format with the team, then one-on-one"): the principals were alone for
// a part of the day only, which a third person at "the meeting" does not belie.

const OTHER_FORMAT =
  /\b(?:expanded|extended|enlarged|wide|wider|broad|broader|full|plenary|delegation[- ]level|restricted|narrow)[- ](?:format|composition|session|talks|meeting)s?\b|\bfollowed by (?:the |a |an )?(?:talks|meeting|plenary|session)\b|\b(?:with|of) (?:the|their|both) delegations\b/i;

/** Whether any of `texts` tells the occasion was also held in a format beyond its principals. */
export const toldInOtherFormat = (...texts: string[]): boolean => texts.some((t) => OTHER_FORMAT.test(t));
