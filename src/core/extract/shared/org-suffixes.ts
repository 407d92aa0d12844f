/**
 * Last words of English organisation names, which English articles write and French ones keep as
 * they are: « Northwind Airlines », "Crestline Securities", « Morrow Foundation ». Each language
 * adds its own (languages/<code>/extract/entities.ts).
 */
export const ENGLISH_ORG_SUFFIXES: readonly string[] = [
  // Company forms and newsrooms.
  "Capital Ventures Partners Inc Corp Group Ltd LLC Labs Bank Times Journal Post News TV Press",
  "Media Technologies Systems Holdings",
  // Foundations and schools.
  "Foundation Institute University",
  // Trades.
  "Airlines Airways Securities Motors Energy Pharmaceuticals Industries Software Studios",
  "Entertainment Telecom Electric Electronics Chemicals Foods Steel Oil Petroleum Pharma Brands",
  "Stores Resources Semiconductor Semiconductors Mining Aerospace Automotive Services Finance",
  "Radio",
]
  .join(" ")
  .split(" ");
