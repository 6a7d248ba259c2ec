import type { RuleInfo } from '../packs/schema.ts';

/**
 * Rules of the call-centre funnel traits (rules/engine/funnel-signals.ts): read from numbers, currencies,
 * form structure and short word stems in every script, so they hold in languages the phrase packs lack.
 */
export const FUNNEL_RULES: RuleInfo[] = [
  {
    id: 'returns.money_per_period',
    family: 'returns',
    weight: 3,
    decisive: false,
    explain: {
      en: 'This site promises you a sum of money every day, week or month (for example "€1,000 a day"). No honest investment can promise a fixed income like that.',
      it: 'Questo sito promette una somma di denaro ogni giorno, settimana o mese (per esempio "1.000 € al giorno"). Nessun investimento onesto può promettere un guadagno fisso così.',
      fr: 'Ce site promet une somme d’argent chaque jour, semaine ou mois (par exemple « 1 000 € par jour »). Aucun placement honnête ne peut promettre un tel revenu fixe.',
      de: 'Diese Seite verspricht Ihnen jeden Tag, jede Woche oder jeden Monat einen Geldbetrag (zum Beispiel „1.000 € am Tag“). Keine seriöse Geldanlage kann so ein festes Einkommen versprechen.',
      es: 'Este sitio promete una cantidad de dinero cada día, semana o mes (por ejemplo "1.000 € al día"). Ninguna inversión honrada puede prometer un ingreso fijo así.',
    },
  },
  {
    id: 'socialproof.profit_testimonials',
    family: 'socialproof',
    weight: 2,
    decisive: false,
    explain: {
      en: 'This site shows people with the money they supposedly made ("Profit: $12,000"). These stories and amounts are invented to make you want the same.',
      it: 'Questo sito mostra persone con i soldi che avrebbero guadagnato ("Profitto: 12.000 $"). Storie e cifre sono inventate per farvi desiderare lo stesso.',
      fr: 'Ce site montre des personnes avec l’argent qu’elles auraient gagné (« Profit : 12 000 $ »). Ces histoires et ces montants sont inventés pour vous donner envie.',
      de: 'Diese Seite zeigt Menschen mit dem Geld, das sie angeblich verdient haben („Gewinn: 12.000 $“). Diese Geschichten und Beträge sind erfunden, damit Sie dasselbe wollen.',
      es: 'Este sitio muestra a personas con el dinero que supuestamente ganaron ("Beneficio: 12.000 $"). Esas historias y cifras son inventadas para que usted quiera lo mismo.',
    },
  },
  {
    id: 'callcenter.lead_form',
    family: 'callcenter',
    weight: 2,
    decisive: false,
    explain: {
      en: 'This form only wants your name, e-mail and phone number, with no password and no message. Scam call centres collect such "leads" and then call to push you into paying.',
      it: 'Questo modulo chiede solo nome, e-mail e telefono, senza password né messaggio. I call center truffaldini raccolgono questi contatti e poi chiamano per farvi pagare.',
      fr: 'Ce formulaire ne demande que votre nom, votre e-mail et votre téléphone, sans mot de passe ni message. Les centres d’appels frauduleux collectent ces contacts puis appellent pour vous faire payer.',
      de: 'Dieses Formular will nur Name, E-Mail und Telefonnummer, ohne Passwort und ohne Nachricht. Betrügerische Callcenter sammeln solche Kontakte und rufen dann an, um Sie zum Zahlen zu drängen.',
      es: 'Este formulario solo pide su nombre, correo y teléfono, sin contraseña ni mensaje. Los centros de llamadas estafadores reúnen estos contactos y luego llaman para que pague.',
    },
  },
  {
    id: 'callcenter.limited_places',
    family: 'callcenter',
    weight: 1.5,
    decisive: false,
    explain: {
      en: 'This site says only a few places are left. It is a trick to rush you: there is no limit on how many people a scam will take money from.',
      it: 'Questo sito dice che restano pochi posti. È un trucco per mettervi fretta: una truffa non ha limiti di persone da cui prendere soldi.',
      fr: 'Ce site dit qu’il ne reste que quelques places. C’est une ruse pour vous presser : une arnaque n’a pas de limite de victimes.',
      de: 'Diese Seite behauptet, es seien nur noch wenige Plätze frei. Das ist ein Trick, um Sie zu drängen: Ein Betrug nimmt so vielen Menschen Geld ab, wie er kann.',
      es: 'Este sitio dice que quedan pocas plazas. Es un truco para meterle prisa: una estafa no tiene límite de personas a las que quitar dinero.',
    },
  },
  {
    id: 'callcenter.starter_deposit',
    family: 'callcenter',
    weight: 1.5,
    decisive: false,
    explain: {
      en: 'This site asks you to start with a small deposit of 250 (euros, dollars or pounds). Scam call centres all use this first amount: right after it, a "manager" calls to ask for much more.',
      it: 'Questo sito vi chiede di iniziare con un piccolo deposito di 250 (euro, dollari o sterline). Tutti i call center truffaldini usano questa prima cifra: subito dopo un "consulente" chiama per chiedere molto di più.',
      fr: 'Ce site vous propose de commencer avec un petit dépôt de 250 (euros, dollars ou livres). Tous les centres d’appels escrocs utilisent ce premier montant : juste après, un « conseiller » appelle pour demander bien plus.',
      de: 'Diese Seite lädt Sie ein, mit einer kleinen Einzahlung von 250 (Euro, Dollar oder Pfund) zu beginnen. Betrügerische Callcenter nutzen alle diesen ersten Betrag: Gleich danach ruft ein „Berater“ an und verlangt viel mehr.',
      es: 'Este sitio le invita a empezar con un pequeño depósito de 250 (euros, dólares o libras). Todos los centros de llamadas estafadores usan esta primera cantidad: justo después, un "asesor" llama para pedir mucho más.',
    },
  },
  {
    id: 'returns.millionaire',
    family: 'returns',
    weight: 1.5,
    decisive: false,
    explain: {
      en: 'This site says you could become a millionaire. Promises of quick riches are the bait of investment scams.',
      it: 'Questo sito dice che potreste diventare milionari. Le promesse di ricchezza rapida sono l’esca delle truffe sugli investimenti.',
      fr: 'Ce site dit que vous pourriez devenir millionnaire. Les promesses de richesse rapide sont l’appât des arnaques au placement.',
      de: 'Diese Seite sagt, Sie könnten Millionär werden. Versprechen von schnellem Reichtum sind der Köder von Anlagebetrug.',
      es: 'Este sitio dice que podría hacerse millonario. Las promesas de riqueza rápida son el cebo de las estafas de inversión.',
    },
  },
  {
    id: 'returns.past_growth',
    family: 'returns',
    weight: 1.5,
    decisive: false,
    explain: {
      en: 'This site boasts a huge past rise ("+700% since 2021") to make you expect the same. Past gains say nothing about your money, and scam sites make them up.',
      it: 'Questo sito vanta una crescita passata enorme ("+700% dal 2021") per farvi sperare lo stesso. I guadagni passati non dicono nulla, e i siti truffa li inventano.',
      fr: 'Ce site vante une hausse passée énorme (« +700 % depuis 2021 ») pour que vous espériez la même chose. Les gains passés ne garantissent rien, et les sites d’arnaque les inventent.',
      de: 'Diese Seite prahlt mit einem riesigen früheren Anstieg („+700 % seit 2021“), damit Sie dasselbe erwarten. Frühere Gewinne sagen nichts, und Betrugsseiten erfinden sie.',
      es: 'Este sitio presume de una enorme subida pasada ("+700 % desde 2021") para que espere lo mismo. Las ganancias pasadas no dicen nada, y los sitios estafa las inventan.',
    },
  },
];
