/** The kinds of hit a pack phrase gives: what the frames (frames.ts), the word marks (marks.ts) and the grammar build (grammar.ts) tell apart. */
export const REQUEST = 0;
export const EXCLUSION = 1;
export const NEGATION = 2;
export const WIDE_NEGATION = 3;
export const NEGATION_AFTER = 4;
export const BREAKER = 5;
export const BOT = 6;
export const ANTI_BOT = 7;
export const FRUSTRATION = 8;
export const TALK = 9;
export const REACH = 10;
export const PERSON = 11;
export const DEPARTMENT = 12;
export const CANCEL = 13;
export const IDENTITY = 14;
export const WANT = 15;
export const URGE = 16;
export const DISOWN = 17;
export const TAKE_BACK = 18;

/** What WordMarks' `asks` holds where a talk verb ("talk to", "call me") or a want verb ("need", "quiero") starts. */
export const ASKS_TALK = 1;
export const ASKS_WANT = 2;
