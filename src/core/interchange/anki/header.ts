/** A line Anki reads as a file header: `#key:value`. */
export const ANKI_HEADER =
  /^#(separator|html|tags|columns|notetype|deck|tags column|notetype column|deck column|guid column|if matches):/i;
