// The vocabulary sources use when they report one fact of a negotiation in different
// words: each line is one meaning, its first word (as written) the name every other word
// of the line is compared by. Written from how readouts, transcripts, wire reports and statements
// word the same things (and how a second translation of a quotation words it), not from
// any one document. Several words are a phrase, read as one word wherever they stand
// together ("put forward", "no later than"). A word belongs to one line only: the first.
//
// Left out on purpose: reporting verbs (they are stop words: who said it is not what was
// said) and words whose senses lie far apart ("charge": a fee and an accusation).

export const CONCEPTS: readonly string[] = [
  // People held and freed.
  'prisoner|detainee|captive|detained person|detained people|prisoners of war|pow|pows|hostage',
  'exchange|swap|trade-off|all for all|all-for-all',
  'release|set free|freed|liberate|liberation',
  'deliver|delivery|delivered|hand over|handed over|hands over|handing over|hand in|handed in',
  // Fighting and its end.
  'ceasefire|cease-fire|truce|armistice|cessation of hostilities|halt to the fighting|stop the fighting',
  'withdraw|withdrew|withdrawal|withdrawn|pull back|pulled back|pullback|pull out|pulled out|pullout|retreat',
  'troop|soldier|serviceman|servicemen|military personnel|armed forces|army',
  'attack|assault|offensive|strike|shelling|bombardment|raid',
  // A stop agreed for a time, of strikes or of anything: "a 30-day halt", "a pause", "refraining".
  'pause|halt|moratorium|refrain|refraining|suspension',
  'weapon|weaponry|armament|arms',
  'border|frontier|boundary',
  'frontline|front line|line of contact|contact line|line of separation',
  // A standing link between two sides' centres, to head off incidents.
  'hotline|direct line|direct communication line|communication line|hot line',
  'territory|land|region|area',
  'monitor|observer|observe|monitoring|verify|verification|oversee|supervise|supervision',
  'inspect|inspection|inspector',
  // The talks themselves.
  'talk|negotiation|negotiate|round of talks|discussion|consultation',
  'meet|meeting|summit|encounter|sit down',
  'call|phone|telephone|phone call|telephone call|conversation',
  'visit|trip|journey|travel',
  'delegation|team|negotiating team|delegates',
  'expert|specialist|technical team|technician',
  // Not "chair": in a record it is whom a speaker thanks ("Thank you, Chair"), not who leads.
  'lead|head|led|leader|chaired',
  'session|sitting|plenary session',
  'president|presidential|head of state',
  'resume|reconvene|restart|reopen|return to the table',
  'postpone|delay|defer|put off|push back|pushed back|reschedule',
  'cancel|call off|called off|scrap',
  'begin|start|launch|commence|kick off|get under way|get underway',
  // Texts and their state.
  'agreement|accord|deal|pact|treaty',
  'draft|text|plan|blueprint|roadmap|framework|document',
  // A body's texts and the body that drafts are not the text negotiated: a Council's "draft
  // resolution" is adopted as a resolution; a "drafting committee" is a committee.
  'resolution|draft resolution|draft resolutions|draft decision|draft decisions',
  'committee|drafting committee|drafting group',
  'propose|proposal|put forward|offer|table|submit|tabled',
  // Points of a plan are not its provisions: "twenty points" and "two provisions" count two things.
  'article|clause|paragraph',
  'annex|appendix|addendum|schedule',
  'map|chart',
  // Not "close": "it is close" says near, not done.
  'final|finalise|finalize|finish|finished|complete|completed|conclude|settle|closed|done|wrap up|wrapped up',
  'agree|accept|approve|endorse|consent|assent|sign off|adopt|adoption',
  'reject|refuse|decline|dismiss|turn down|turned down|rule out|ruled out|rebuff|veto|spurn',
  'sign|signature|signing|signed|ink|inked',
  'ratify|ratification|ratified',
  // Measurements handed between sides: "data sets" and "data" are one thing due.
  'data|dataset|data set',
  'guarantee|guarantor|underwrite|underwriter|backstop',
  'demand|insist|call for|require|request|urge',
  // What the parties owe the mediator on a text: "responses", "a reply", "must answer".
  'response|respond|reply|answer',
  'deadline|no later than|not later than|cut-off|cutoff|due date|target date',
  'minimum|at least|no less than|not less than|floor',
  'maximum|at most|no more than|not more than|up to|cap|ceiling',
  // What is shared, paid, carried.
  'share|quota|allocation|allotment|portion|entitlement',
  'capacity|throughput|volume',
  'price|cost',
  'tariff|fee|duty|levy|toll',
  'fund|funding|finance|financing|money',
  // Money a donor promises: "a pledge of USD 45 million", "a contribution of 40 million".
  'pledge|contribution|contribute|donation|donate',
  'compensation|reparation|indemnity',
  'aid|assistance|relief|humanitarian aid|help',
  'truck|lorry|lorries',
  'sanction|penalty|embargo|restriction',
  'grain|wheat|cereal|maize|corn',
  'ship|vessel|boat|tanker|freighter|cargo ship',
  'port|harbour|harbor|seaport',
  'shipment|cargo|consignment',
  'fish|fishing|fishery|fisheries|catch',
  'electricity|power|energy',
  'interconnector|interconnection|power line|transmission line|cable',
  'year|annual|annually|yearly|per annum',
  'dry|drought',
  // Who and whose.
  'person|people|population|citizen|resident|inhabitant|personnel',
  'belong|property|ownership|owner',
  'country|nation',
  'statement|communique|communiqué|declaration|readout|press release',
  'spokesperson|spokesman|spokeswoman|press secretary',
  // How it went.
  'important|key|crucial|vital|essential|critical',
  'progress|headway|advance',
  'difficult|hard|tough|complex|complicated',
  'constructive|productive|fruitful|useful|positive',
  'security|safety',
  'election|vote|ballot|poll',
  'refugee|displaced|returnee|evacuee',
];

/**
 * Negations that say a refusal: "would not accept", "cannot agree", "never approved", "we
 * are not offering", "not on the table" are read as "reject", as a source that wrote
 * "rejected" words it.
 */
export const NEGATED_ASSENT =
  /\b(?:not|never|cannot|can't|won't|wouldn't|didn't|doesn't|don't|refused to)\s+(?:\w+\s+)?(?:accept|agree|approve|endorse|consent|offer)\w*|\bnot (?:on the table|up for (?:discussion|negotiation)|negotiable|a subject for)\b|\bnon-negotiable\b/g;
