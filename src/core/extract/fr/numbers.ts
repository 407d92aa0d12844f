/** French number words, folded, as read in « trois jours » or « un milliard ». */
export const FR_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["un", 1],
  ["une", 1],
  ["deux", 2],
  ["trois", 3],
  ["quatre", 4],
  ["cinq", 5],
  ["six", 6],
  ["sept", 7],
  ["huit", 8],
  ["neuf", 9],
  ["dix", 10],
  ["onze", 11],
  ["douze", 12],
  ["treize", 13],
  ["quatorze", 14],
  ["quinze", 15],
  ["seize", 16],
  ["vingt", 20],
  ["trente", 30],
  ["quarante", 40],
  ["cinquante", 50],
  ["soixante", 60],
  ["cent", 100],
]);

/** Scale words: « 13 milliards », « 2,5 millions », « 10 Md ». */
export const FR_SCALES: ReadonlyMap<string, number> = new Map([
  ["milliards", 1e9],
  ["milliard", 1e9],
  ["mds", 1e9],
  ["md", 1e9],
  ["millions", 1e6],
  ["million", 1e6],
  ["mille", 1e3],
  ["billions", 1e12],
  ["billion", 1e12],
]);
