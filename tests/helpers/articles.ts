// Articles written for the tests (never copied from the seed pages): a French one about a
// strike, an English one about a dismissal, and the same French one as an HTML page.
export const GREVE = `Grève chez Acme : la direction cède

Par Léa Martin, publié le 15 mars 2024

Vendredi, la société Acme a limogé Paul Roux, son directeur financier. Une lettre signée par plus de 300 des 450 salariés d'Acme a été remise à la direction. « Nous ne céderons pas sur les salaires », a déclaré Inès Blanc, déléguée syndicale.

avatar lecteur42 |

Moi je dis que 5000 emplois vont disparaître !
`;

export const FIRING = `---
title: Vega fires its chief executive
date: 2024-03-15
outlet: The Courier
lang: en
---
On Friday, the startup Vega fired Paul Roux. “We will not back down on wages,” said Lea Martin, a union delegate.
`;

export const GREVE_HTML = `<!doctype html>
<html lang="fr"><head>
<title>Grève chez Acme - La Gazette</title>
<meta property="og:title" content="Grève chez Acme : la direction cède">
<meta property="og:site_name" content="La Gazette">
<meta property="article:published_time" content="2024-03-15T08:00:00+01:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article>
<h1>Grève chez Acme : la direction cède</h1>
<p>Vendredi, la société Acme a limogé Paul Roux, son directeur financier. Une lettre signée par plus de 300 des 450 salariés d'Acme a été remise à la direction.</p>
<p>« Nous ne céderons pas sur les salaires », a déclaré Inès Blanc, déléguée syndicale. La préfecture suit le dossier de près et recevra les représentants du personnel la semaine prochaine.</p>
</article>
<footer>Contactez-nous · Mentions légales</footer>
</body></html>`;
