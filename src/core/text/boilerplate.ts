// What a saved web page carries besides the article: menus, share and comment widgets, "read
// also" links, captions, reader comments. Rules are data, each with the reason it exists, in the
// way compromise keeps its word lists; `clean.ts` applies them line by line.

/** What a rule does with the line it matches. */
export type CleanAction =
  /** drop this line only */
  | "line"
  /** drop this line and the list items right after it ("Pour aller plus loin:" + "– ...") */
  | "line-and-list"
  /** drop this line and everything after it (comment threads, footers) */
  | "rest";

/** One boilerplate rule: a pattern tested on a trimmed line, what to drop, and why. */
export interface CleanRule {
  match: RegExp;
  action: CleanAction;
  reason: string;
  /** Applies even before the article's first paragraphs (a comment thread never opens a page). */
  always?: boolean;
}

// Patterns are anchored and use no nested quantifiers, so each runs in time linear in the line.
export const CLEAN_RULES: readonly CleanRule[] = [
  {
    match: /^avatar\s+\S[^|\n]{0,60}\|\s*$/i,
    action: "rest",
    always: true,
    reason: "reader comment header (« avatar NAME | »): the comment thread starts here",
  },
  {
    match: /^(?:\d+\s+)?(?:commentaires?|comments?|réactions?|reactions?)\s*:?$/i,
    action: "rest",
    reason: "heading of the comment section",
  },
  {
    match:
      /^(?:leave a (?:comment|reply)|laisser un commentaire|laissez un commentaire|ajouter un commentaire|no comments yet|comments are closed|les commentaires sont fermés)(?![\p{L}\p{N}])/iu,
    action: "rest",
    reason: "comment form or its placeholder: nothing after it belongs to the article",
  },
  {
    match:
      /^(?:related posts?|related articles?|articles? similaires?|sur le même sujet|dans la même rubrique|you may also like|more stories)(?![\p{L}\p{N}])/iu,
    action: "rest",
    reason: "block of links to other articles at the end of the page",
  },
  {
    match:
      /^(?:read more|à lire aussi|a lire aussi|lire aussi|à lire également|a lire également|lire également|voir aussi|see also|pour aller plus loin)(?![\p{L}\p{N}])/iu,
    action: "line-and-list",
    reason:
      "links to other articles (« Lire aussi », « Pour aller plus loin »), not this article's text",
  },
  {
    match:
      /^(?:contactez-nous|contact us|politique de confidentialité|privacy policy|mentions légales|terms of (?:use|service)|connexion utilisateur|se connecter|log in|sign in)(?![\p{L}\p{N}])/iu,
    action: "rest",
    reason: "site footer or account menu",
  },
  {
    match:
      /^(?:partager|share|cookies?|newsletter|abonnez-vous|subscribe|menu|rechercher|search)(?![\p{L}\p{N}]).{0,60}$/iu,
    action: "line",
    reason: "share buttons, cookie banner or menu entry",
  },
  {
    match:
      /^(?:read the original article|lire l'article original|lire l’article original|copyright|©|tous droits réservés|all rights reserved|source\s*:|…*\.*\s*to be continued)/i,
    action: "rest",
    reason: "syndication footer (source, copyright)",
  },
  {
    match:
      /^(?:advertisement|publicité|publicite|sponsored|sponsorisé|annonce|(?:story|article) continues below(?: the)? advertisement|la suite après (?:cette|la) publicité)(?:\s*[-–—:]\s*scroll to continue(?: with content)?)?$/iu,
    action: "line",
    reason: 'advertising slot\'s label (« Publicité », "Advertisement")',
  },
  {
    match: /^(?:home|accueil)\s*[»>›]/i,
    action: "line",
    reason: "breadcrumb menu (« Home » Title »)",
  },
  {
    match: /^(?:by|par)\s+\S{1,3}\s*$/i,
    action: "line",
    reason: "byline without a usable name",
  },
  {
    match:
      /\((?:image|photo|illustration|crédit|credit|capture|source)(?![\p{L}\p{N}])[^()]{0,120}\)\.?\s*$/iu,
    action: "line",
    reason: "photo caption (ends with its credit in parentheses)",
  },
  {
    match: /^(?:crédits? photo|photo\s*:|image\s*:|illustration\s*:)/i,
    action: "line",
    reason: "photo credit",
  },
];

/** A line that answers another reader (« @fredsoo, »): comments only, never article text. */
export const REPLY_LINE = /^@[\p{L}\p{N}_.-]{1,40}\b/u;
