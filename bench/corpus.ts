// A made-up news corpus for the benchmarks: articles in French and English about invented
// companies and people, with the shapes extraction looks for (dismissals, appointments, hirings,
// figures, quotes, dates) and the filler around them. Deterministic for a seed, written by us,
// so the benchmark runs the same everywhere, with or without ../shared/seeds.
import type { ArticleInput } from "../src/core/extract/index.js";
import { createRandom, type Random } from "../src/core/random.js";

const FIRST = ["Léa", "Paul", "Inès", "Marc", "Sofia", "Hugo", "Nina", "Omar", "Clara", "Jonas"];
const LAST = ["Martin", "Roux", "Durand", "Moreau", "Lefèvre", "Garnier", "Faure", "Chevalier"];
const ORGS = ["Acme", "Vega", "Orbit", "Nordis", "Kalypso", "Terranova", "Helix", "Lumen"];
const FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
const EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const FR_MONTHS = ["janvier", "mars", "mai", "juillet", "septembre", "novembre"];

const person = (r: Random) => `${r.pick(FIRST)} ${r.pick(LAST)}`;
const org = (r: Random, i: number) => `${r.pick(ORGS)} ${["Industries", "Group", "Labs"][i % 3]}`;

function french(r: Random, i: number): string {
  const company = org(r, i);
  const boss = person(r);
  const next = person(r);
  const total = 200 + r.int(800);
  const signed = Math.floor(total * (0.4 + r.next() / 2));
  return [
    `Coup de théâtre chez ${company} : le conseil d'administration a limogé ${boss}, son directeur général, ${r.pick(FR_DAYS)}.`,
    `${next}, directrice financière de l'entreprise, a été nommée directrice générale par intérim le lendemain.`,
    `Selon plusieurs salariés, la décision a surpris tout le monde, tant ${boss} semblait solide à ce poste qu'il occupait depuis ${2010 + r.int(12)}.`,
    `Plus de ${signed} des ${total} employés ont signé une lettre demandant son retour.`,
    `« Nous voulons comprendre ce qui s'est passé », a déclaré ${person(r)}, délégué syndical.`,
    `L'entreprise, fondée en ${1990 + r.int(30)}, avait levé ${1 + r.int(40)} millions d'euros en ${FR_MONTHS[r.int(6)]} dernier auprès de plusieurs fonds.`,
    `Le groupe ${org(r, i + 1)} aurait déjà proposé un poste à ${boss}, qui n'a pas souhaité s'exprimer.`,
    `Les analystes restent prudents : la valeur de l'action a reculé de ${2 + r.int(15)} % en une semaine, dans un marché déjà tendu.`,
    `La nouvelle direction prévoit un audit indépendant dans les ${30 + r.int(60)} jours et une réorganisation des équipes commerciales.`,
    `Lire aussi : les autres départs qui ont secoué le secteur cette année.`,
  ].join("\n\n");
}

function english(r: Random, i: number): string {
  const company = org(r, i);
  const boss = person(r);
  const next = person(r);
  const workers = 1000 + r.int(40000);
  return [
    `${company} fired its chief executive, ${boss}, on ${r.pick(EN_DAYS)}, after a board meeting that lasted most of the night.`,
    `The board appointed ${next} interim chief executive, according to a statement.`,
    `${company} employs about ${workers.toLocaleString("en-US")} workers in ${3 + r.int(20)} countries.`,
    `"We owe our staff an explanation," said ${person(r)}, a board member.`,
    `Shares fell ${(r.next() * 10).toFixed(1)}% in early trading, and ${org(r, i + 2)} said it would hire ${boss} to lead a new unit.`,
    `The company raised $${1 + r.int(9)} billion in ${2015 + r.int(8)} from a group of investors.`,
    `Related Posts`,
  ].join("\n\n");
}

/** `count` articles, alternating French and English, about 2 kB each. */
export function syntheticArticles(count: number, seed = 1): ArticleInput[] {
  const r = createRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const fr = i % 2 === 0;
    const day = String(1 + (i % 28)).padStart(2, "0");
    return {
      text: fr ? french(r, i) : english(r, i),
      meta: { lang: fr ? "fr" : "en", published: `2024-03-${day}`, outlet: `Journal ${i % 12}` },
    };
  });
}
