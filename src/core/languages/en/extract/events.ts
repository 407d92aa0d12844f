import type { EventRule, ModalityRule } from "../../../extract/config.js";
import { BUYER, ORG, PARTY, PERSON, PERSON_OR_GROUP } from "../../../extract/shared/rule-kinds.js";

/** English event triggers, in the active and passive voice and as nouns. */
export const EN_EVENTS: readonly EventRule[] = [
  {
    // Before the dismissal verbs, which would read « fired 7,500 workers » as one person fired
    // with no name: a count after the verb makes it a layoff.
    match:
      "(?:fired|fires|dismissed|sacked|laid off|lays off|will lay off)(?= (?:about |some |around |more than |nearly |over |up to |almost |another )?\\d)",
    type: "layoff",
    form: "verb",
    object: false,
    actor: ORG,
    reason: "« fired 7,500 workers »: a count of people, a layoff",
  },
  {
    // "Chapek was out": out of the job.
    id: "was-out",
    match: "(?:was|is) out(?= as | after | at | and |[.,;]|$)",
    type: "dismissal",
    form: "verb",
    subject: "target",
    object: false,
    target: PERSON,
    reason: "« X was out »",
  },
  {
    id: "terminated",
    match: "terminated|terminates|terminate|let go(?! of)",
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: PARTY,
    reason: "« terminated X », « let X go »",
  },
  {
    id: "departure-noun",
    match: "(?:departure|exit)(?<=(?:the|his|her|their) (?:departure|exit))",
    type: "departure",
    form: "noun",
    complement: "actor",
    actor: PERSON,
    reason: "« the departure of X », « his exit »",
  },
  {
    id: "let-go-of",
    match:
      "(?:letting|let|lets) go of(?= (?:about |around |some |nearly |more than |up to |as many as )?\\d)|(?:layoff|lay off|lays off|laid off|laying off)(?= (?:about |around |some |nearly |more than |up to |as many as )?\\d)|(?:cut|cuts|cutting|eliminate|eliminates|eliminating|eliminated|shed|sheds|shedding)(?= (?:about |around |some |nearly |more than |up to |as many as )?\\d[\\d,.]{0,10} (?:jobs|positions|roles|workers|employees))|(?:loss|losses|elimination) of (?:some |about |around |nearly |more than )?\\d[\\d,.]{0,10} (?:[a-z]+ )?jobs|job cuts|layoffs",
    type: "layoff",
    form: "verb",
    object: false,
    actor: ORG,
    reason: "« letting go of 982 employees », « layoffs », « the loss of 33,000 jobs »",
  },
  {
    id: "closing-stores",
    match:
      "(?:closing|close|closes|closed|shutter|shutters|shuttered|shuttering|shut down|shutting down|shuts down)(?: or selling)?(?= (?:all )?(?:of )?(?:its |their |the )?(?:remaining )?(?:\\d[\\d,]{0,8} )?(?:stores|shops|plants|factories|sites|offices|outlets|locations|branches|restaurants|operations))",
    type: "closure",
    form: "verb",
    target: ["place", "organisation"],
    actor: ORG,
    targetPrep: "in",
    targetOptional: true,
    reason: "« closing all of its stores in X »",
  },
  {
    id: "walked-off",
    match:
      "walked off (?:their|the|her|his) jobs?|walk off (?:their|the) jobs?|walked out|walk out|went on strike|go on strike|goes on strike|are on strike|is on strike|began (?:their|a|the) strike|(?:voted|vote|votes) to strike",
    type: "strike",
    form: "verb",
    object: false,
    actor: ["group", "organisation"],
    reason: "« walked off their jobs », « went on strike »",
  },
  {
    id: "letter-to",
    match:
      "(?:sent|send|sends|wrote|write|writes|delivered|addressed) (?:a|an|the) (?:open )?(?:letter|petition)",
    type: "petition",
    form: "verb",
    actor: PARTY,
    target: PARTY,
    targetPrep: "to",
    targetOptional: true,
    reason: "« sent a letter to X »",
  },
  {
    id: "talks-with",
    match: "(?:in talks|negotiations|negotiating|talks) with",
    type: "negotiation",
    form: "verb",
    target: PARTY,
    actor: PARTY,
    reason: "« in talks with X »",
  },
  {
    id: "takeover",
    match: "takeover|purchase",
    type: "acquisition",
    form: "noun",
    target: ["organisation", "product"],
    actor: BUYER,
    reason: "« the takeover of X »",
  },
  {
    match:
      // "fires" and "fire" after a number or a determiner are the noun: "three fires", "a fire".
      "fired|(?<!\\d |(?:two|three|four|five|several|many|some|the|a|of|no|forest|house) )fires?|ousted|ousts|oust|sacked|sacks|dismissed|dismisses|removed|removes|pushed out|forced out",
    type: "dismissal",
    form: "verb",
    target: PERSON,
    actor: PARTY,
    reason: "« fired », « ousted »",
  },
  {
    match: "firing|ouster|ousting|dismissal|removal|sacking",
    type: "dismissal",
    form: "noun",
    target: PERSON,
    actor: PARTY,
    reason: "dismissal noun: « the ouster of X »",
  },
  {
    match: "appointed|appoints|appoint|named|names|tapped|taps|picked|chose|chosen",
    type: "appointment",
    form: "verb",
    target: PERSON,
    actor: PARTY,
    reason: "« appointed », « named »",
  },
  {
    match: "appointment",
    type: "appointment",
    form: "noun",
    target: PERSON,
    actor: PARTY,
    reason: "« the appointment of X »",
  },
  {
    match:
      "(?:become|becomes|became|becoming) (?:the )?(?:new |interim |acting |permanent |executive |sole )*(?:ceo|co-ceo|chief executive|president|chair|chairman|chairwoman|head|leader|director)|(?:is|are|was) now (?:the )?(?:new |interim |acting |permanent |executive |sole )*(?:[a-z]+ )?(?:ceo|co-ceo|chief executive|president|chair|chairman|chairwoman|head|leader|director)|(?:take|takes|took|taking|taken) (?:on )?(?:the role of|over as|the helm|the reins|charge as)|(?:serve|serves|served|serving) as (?:the )?(?:new |interim |acting )*(?:ceo|co-ceo|chief executive|president|chair|chairman|chairwoman|head|leader|director)|(?:return|returns|returned|returning) as (?:the )?(?:ceo|chief executive|president|chair|chairman|head)",
    type: "appointment",
    form: "verb",
    target: PERSON,
    subject: "target",
    object: false,
    reason: "« became interim CEO »",
  },
  {
    match: "hired|hires|hire|recruited|recruits|recruit",
    type: "hiring",
    form: "verb",
    target: PERSON_OR_GROUP,
    actor: PARTY,
    reason: "« hired »",
  },
  {
    match: "hiring|recruitment",
    type: "hiring",
    form: "noun",
    target: PERSON_OR_GROUP,
    actor: PARTY,
    reason: "« the hiring of X »",
  },
  {
    match:
      "resigned|resigns|resign|resigning|stepped down|steps down|step down|stepping down|retired|retires|retire|retiring|quit his (?:job|post|role)|quit her (?:job|post|role)|(?:tendered|handed in|submitted|offered) (?:his|her|their|us his|us her) resignation",
    type: "resignation",
    form: "verb",
    object: false,
    actor: PERSON_OR_GROUP,
    reason: "« resigned », « stepped down »",
  },
  {
    match: "resignation|retirement",
    type: "resignation",
    form: "noun",
    complement: "actor",
    actor: PERSON,
    reason: "« the resignation of X »",
  },
  {
    match: "left|leaves|leave|leaving|departed|departs",
    type: "departure",
    form: "verb",
    target: ORG,
    actor: PERSON_OR_GROUP,
    reason: "« left X »",
  },
  {
    match: "joined|joins|join|joining",
    type: "joining",
    form: "verb",
    target: PARTY,
    actor: PERSON_OR_GROUP,
    reason: "« join X »",
  },
  {
    match: "signed (?:a|an|the) (?:open )?(?:letter|petition)|letter signed|petition signed",
    type: "petition",
    form: "verb",
    actor: PERSON_OR_GROUP,
    object: false,
    reason: "« signed a letter »",
  },
  {
    match: "invested|invests|invest|investing",
    type: "investment",
    form: "verb",
    target: ORG,
    actor: ORG,
    targetPrep: "in|into",
    reason: "« invested in X »",
  },
  {
    match: "investment",
    type: "investment",
    form: "noun",
    target: ORG,
    actor: ORG,
    reason: "« an investment in X »",
  },
  {
    match: "acquired|acquires|acquire|bought|buys|buy",
    type: "acquisition",
    form: "verb",
    target: ["organisation", "product"],
    actor: BUYER,
    reason: "« acquired X »",
  },
  {
    match: "acquisition",
    type: "acquisition",
    form: "noun",
    target: ["organisation", "product"],
    actor: BUYER,
    reason: "« the acquisition of X »",
  },
  {
    // "found" alone is mostly the past of "find" (« the audit found that »): only "to found X".
    match: "founded|co-founded|cofounded|founds|found(?<=to found)",
    type: "founding",
    form: "verb",
    target: ORG,
    actor: ["person", "organisation"],
    reason: "« founded X », « was founded in »",
  },
  {
    match: "launched|launches|launch|released|releases|unveiled|unveils",
    type: "launch",
    form: "verb",
    target: ["product"],
    actor: ORG,
    reason: "« launched X »",
  },
  {
    match: "went on strike|go on strike|are on strike|walked out|striking",
    type: "strike",
    form: "verb",
    object: false,
    actor: ["group"],
    reason: "« went on strike »",
  },
  {
    match: "laid off|lays off|lay off|cut (?:\\d[\\d,]* )?jobs",
    type: "layoff",
    form: "verb",
    object: false,
    actor: ORG,
    reason: "« laid off »",
  },
  {
    match: "negotiated with|negotiating with|negotiate with|tried to persuade|tried to convince",
    type: "negotiation",
    form: "verb",
    target: PARTY,
    actor: PARTY,
    reason: "« negotiated with X »",
  },
  {
    match: "announced|announces",
    type: "announcement",
    form: "verb",
    actor: PARTY,
    object: false,
    reason: "« announced »",
  },
];

/** What makes an event not simply done, first match first; hearsay is kept as conditional. */
export const EN_MODALITY: readonly ModalityRule[] = [
  {
    status: "conditional",
    before:
      "reportedly|allegedly|would|could|might|may|rumou?red to|is said to|are said to|was said to|appears to|seems to|likely to|possibly|in talks to",
    reason: "conditional or hearsay: « could leave », « reportedly fired »",
  },
  {
    status: "conditional",
    near: "according to (?:people|sources|a person|two people|three people)|people familiar with",
    reason: "unnamed sources",
  },
  {
    status: "announced",
    before:
      "plans to|planning to|plan to|intends to|intend to|considering|weighing|proposed to|proposes to|propose to|wants to|hopes to|seeking to|seeks to",
    reason: "an intention made public: « plans to cut 600 jobs »",
  },
  {
    status: "planned",
    before:
      "will|'ll|shall|is to|are to|was to|is set to|are set to|was set to|is due to|are due to|is expected to|are expected to|is scheduled to|is going to|are going to|agreed to|has agreed to|have agreed to|agrees to|to be",
    reason: "the future or an agreement: « will join », « agreed to acquire »",
  },
];

export const EN_IRREALIS =
  "demand|call(?:ed|ing)? for|threat|urg|want|wish|refus|if the|unless|to try to|sought|seek";
