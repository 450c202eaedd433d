/**
 * Word lists for Dutch text in the re-integration domain.
 */

/**
 * Function words Meilisearch may ignore in queries. Question words (wat, hoe) and negations
 * (niet, geen) stay searchable: they carry meaning here ("wat" is one of the three
 * Gewogen Maatwerk questions).
 */
export const DUTCH_STOP_WORDS = [
  'de', 'het', 'een', 'en', 'van', 'in', 'op', 'te', 'dat', 'die', 'dit', 'deze', 'is', 'zijn',
  'was', 'wordt', 'worden', 'werd', 'voor', 'met', 'aan', 'er', 'als', 'bij', 'om', 'of',
  'door', 'naar', 'ook', 'tot', 'uit', 'over', 'maar', 'dan', 'nog', 'al', 'zo', 'hun',
  'haar', 'hij', 'zij', 'ze', 'wij', 'we', 'je', 'u', 'ik', 'men', 'na', 'toe',
];

/**
 * Curated word parts of compounds in this field. Together with the words learned from the
 * documents they decide where a compound may be split; anything not listed or learned is
 * never split off, which keeps splits meaningful (`vakmanschap` stays whole).
 */
export const DOMAIN_WORD_PARTS = [
  'werk', 'arbeid', 'hervatting', 're-integratie', 'integratie', 'traject', 'begeleiding',
  'begeleider', 'gever', 'nemer', 'werkgever', 'werknemer', 'loopbaan', 'coach', 'coaching',
  'deskundige', 'dienst', 'dienstverlening', 'markt', 'regio', 'zoekende', 'zoeker',
  'uitkering', 'ontwikkeling', 'beleid', 'medewerker', 'kennis', 'netwerk', 'organisatie',
  'maat', 'ervaring', 'ondersteuning', 'participatie', 'wet', 'instrument', 'interventie',
  'effect', 'onderzoek', 'resultaat', 'project', 'plaatsing', 'baan', 'bemiddeling', 'scholing',
  'opleiding', 'training', 'gesprek', 'plan', 'doel', 'groep', 'gezondheid', 'klachten',
  'ziekte', 'verzuim', 'beperking', 'loon', 'kosten', 'subsidie', 'vaardigheden', 'motivatie',
  'professional', 'praktijk', 'uit', 'stroom', 'samen', 'werking', 'aanpak', 'methode', 'model',
  'klant', 'manager', 'adviseur', 'functie', 'beroep', 'sector', 'plek', 'plaats', 'stage',
  'proef', 'job', 'school', 'jongeren', 'ouderen', 'vermogen', 'zekerheid', 'inzet', 'casus',
];
