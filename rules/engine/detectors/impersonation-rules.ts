import type { RuleInfo } from '../../packs/schema.ts';

/** Impersonation rules. Weights on the engine's scale (see rules/engine/score.ts: 1–5 in practice). */
export const IMPERSONATION_RULES: RuleInfo[] = [
  {
    id: 'impersonation.lookalike_domain',
    family: 'impersonation',
    weight: 3,
    decisive: false,
    explain: {
      en: 'The address of this site imitates a well-known company (a name with a small spelling change or extra words). Criminals use such copies to steal logins and money.',
      it: "L'indirizzo di questo sito imita quello di una società nota (un nome con una piccola differenza o parole in più). I truffatori usano queste copie per rubare accessi e denaro.",
      fr: "L'adresse de ce site imite celle d'une société connue (un nom légèrement modifié ou avec des mots en plus). Les escrocs utilisent ces copies pour voler identifiants et argent.",
      de: 'Die Adresse dieser Seite ahmt ein bekanntes Unternehmen nach (ein leicht veränderter Name oder zusätzliche Wörter). Betrüger nutzen solche Kopien, um Zugangsdaten und Geld zu stehlen.',
      es: 'La dirección de este sitio imita la de una empresa conocida (un nombre con un pequeño cambio o palabras añadidas). Los estafadores usan estas copias para robar accesos y dinero.',
    },
  },
  {
    id: 'impersonation.homoglyph_domain',
    family: 'impersonation',
    weight: 4,
    decisive: false,
    explain: {
      en: 'The address of this site uses letters from another alphabet that look like normal letters, to pass for a well-known company. Honest companies never do this.',
      it: "L'indirizzo di questo sito usa lettere di un altro alfabeto che sembrano normali, per spacciarsi per una società nota. Le società oneste non lo fanno mai.",
      fr: "L'adresse de ce site utilise des lettres d'un autre alphabet qui ressemblent aux lettres normales, pour se faire passer pour une société connue. Aucune société honnête ne fait cela.",
      de: 'Die Adresse dieser Seite benutzt Buchstaben aus einem anderen Alphabet, die wie normale aussehen, um sich als bekanntes Unternehmen auszugeben. Seriöse Firmen tun das nie.',
      es: 'La dirección de este sitio usa letras de otro alfabeto que parecen normales, para hacerse pasar por una empresa conocida. Las empresas honradas nunca hacen esto.',
    },
  },
  {
    id: 'impersonation.brand_subdomain',
    family: 'impersonation',
    weight: 3.5,
    decisive: false,
    explain: {
      en: 'The address of this site starts with the name of a well-known company, but the site really belongs to someone else (look at the end of the address).',
      it: "L'indirizzo di questo sito inizia con il nome di una società nota, ma il sito appartiene a qualcun altro (guardate la fine dell'indirizzo).",
      fr: "L'adresse de ce site commence par le nom d'une société connue, mais le site appartient à quelqu'un d'autre (regardez la fin de l'adresse).",
      de: 'Die Adresse dieser Seite beginnt mit dem Namen eines bekannten Unternehmens, gehört aber jemand anderem (achten Sie auf das Ende der Adresse).',
      es: 'La dirección de este sitio empieza con el nombre de una empresa conocida, pero el sitio pertenece a otra persona (mire el final de la dirección).',
    },
  },
  {
    id: 'impersonation.brand_claim',
    family: 'impersonation',
    weight: 3,
    decisive: false,
    explain: {
      en: 'This site presents itself as a well-known company and asks you to log in or pay, but it is not that company’s website.',
      it: 'Questo sito si presenta come una società nota e vi chiede di accedere o di pagare, ma non è il sito di quella società.',
      fr: 'Ce site se présente comme une société connue et vous demande de vous connecter ou de payer, mais ce n’est pas le site de cette société.',
      de: 'Diese Seite gibt sich als bekanntes Unternehmen aus und verlangt eine Anmeldung oder Zahlung, ist aber nicht die Website dieses Unternehmens.',
      es: 'Este sitio se presenta como una empresa conocida y le pide entrar o pagar, pero no es la web de esa empresa.',
    },
  },
];
