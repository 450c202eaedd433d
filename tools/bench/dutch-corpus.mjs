// A deterministic, realistic Dutch corpus for the search benchmark: projects, interventions,
// findings and vocabulary terms of the re-integration field, shaped like the documents the
// SearchProjector (libs/content-search) produces. The same seed gives the same documents,
// byte for byte, on every machine.

/** mulberry32: small, fast and good enough to pick words. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  /** Several distinct items; the first ones of `list` are chosen more often (a Zipf-like skew). */
  const some = (list, min, max, skew = 1.6) => {
    const count = Math.min(list.length, int(min, max));
    const chosen = new Set();
    while (chosen.size < count) chosen.add(list[Math.floor(Math.pow(next(), skew) * list.length)]);
    return [...chosen];
  };
  const skewed = (list, skew = 1.6) => list[Math.floor(Math.pow(next(), skew) * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, some, skewed, chance };
}

// ── Closed value sets (libs/kernel/src/lib/vocabularies.ts) ──────────────────────────────
export const TARGET_GROUPS = [
  'PARTICIPATIEWET', 'WW', 'WIA', 'ZIEKTEWET', 'WAJONG', 'HEALTH_COMPLAINTS', 'YOUNG_ADULTS',
  'OLDER_JOBSEEKERS', 'SINGLE_PARENTS', 'NEWCOMERS', 'EMPLOYED',
];
export const DETERMINANTS = [
  'MOTIVATION_ATTITUDE', 'SELF_EFFICACY', 'SKILLS_KNOWLEDGE', 'ENVIRONMENTAL_BARRIERS', 'SOCIAL_NORM',
];
export const EVIDENCE_LEVELS = [
  'WELL_DESCRIBED', 'THEORETICALLY_SOUND', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS',
];
export const PROJECT_STATUSES = ['RUNNING', 'COMPLETED', 'START_UP', 'PLANNED', 'STOPPED'];
export const PERSPECTIVES = [
  'PRACTITIONER', 'RESEARCH', 'MUNICIPALITY', 'UWV', 'CLIENT', 'EMPLOYER', 'MINISTRY', 'EDUCATION',
];

// ── Organisations (name, OrganizationKind) ───────────────────────────────────────────────
export const ORGANIZATIONS = [
  ['UWV', 'UWV'],
  ['Gemeente Amsterdam', 'MUNICIPALITY'],
  ['Gemeente Rotterdam', 'MUNICIPALITY'],
  ['Gemeente Utrecht', 'MUNICIPALITY'],
  ['Gemeente Den Haag', 'MUNICIPALITY'],
  ['Gemeente Tilburg', 'MUNICIPALITY'],
  ['Gemeente Eindhoven', 'MUNICIPALITY'],
  ['Gemeente Groningen', 'MUNICIPALITY'],
  ['Gemeente Breda', 'MUNICIPALITY'],
  ['Gemeente Nijmegen', 'MUNICIPALITY'],
  ['Gemeente Zwolle', 'MUNICIPALITY'],
  ['Gemeente Amersfoort', 'MUNICIPALITY'],
  ['Gemeente Enschede', 'MUNICIPALITY'],
  ['Gemeente Leeuwarden', 'MUNICIPALITY'],
  ['Gemeente Maastricht', 'MUNICIPALITY'],
  ['Werkplein Fryslân', 'MUNICIPALITY'],
  ['Ministerie van Sociale Zaken en Werkgelegenheid', 'MINISTRY'],
  ['Tilburg University', 'UNIVERSITY'],
  ['Rijksuniversiteit Groningen', 'UNIVERSITY'],
  ['Universiteit Maastricht', 'UNIVERSITY'],
  ['Vrije Universiteit Amsterdam', 'UNIVERSITY'],
  ['Erasmus Universiteit Rotterdam', 'UNIVERSITY'],
  ['Hogeschool Utrecht', 'UNIVERSITY_OF_APPLIED_SCIENCES'],
  ['Hogeschool van Amsterdam', 'UNIVERSITY_OF_APPLIED_SCIENCES'],
  ['Fontys Hogescholen', 'UNIVERSITY_OF_APPLIED_SCIENCES'],
  ['Hanzehogeschool Groningen', 'UNIVERSITY_OF_APPLIED_SCIENCES'],
  ['Hogeschool Rotterdam', 'UNIVERSITY_OF_APPLIED_SCIENCES'],
  ['TNO', 'KNOWLEDGE_INSTITUTE'],
  ['Kenniscentrum AKC', 'KNOWLEDGE_INSTITUTE'],
  ['Movisie', 'KNOWLEDGE_INSTITUTE'],
  ['Trimbos-instituut', 'KNOWLEDGE_INSTITUTE'],
  ['Kennisplatform Werk en Inkomen', 'KNOWLEDGE_INSTITUTE'],
  ['Divosa', 'SECTOR_ORGANIZATION'],
  ['Cedris', 'SECTOR_ORGANIZATION'],
  ['Nederlandse Vereniging van Arbeidsdeskundigen', 'SECTOR_ORGANIZATION'],
  ['Noloc', 'SECTOR_ORGANIZATION'],
  ['ZonMw', 'FUNDER'],
  ['NWO', 'FUNDER'],
  ['Zorggroep De Vijf Eiken', 'EMPLOYER'],
  ['Logistiek Amstelland BV', 'EMPLOYER'],
  ['Bouwbedrijf Van der Meer', 'EMPLOYER'],
  ['Cliëntenraad Werk en Inkomen Tilburg', 'OTHER'],
  ['Stichting Jobcoach Nederland', 'OTHER'],
];

const FUNDERS = ['ZonMw', 'NWO', 'UWV', 'Ministerie van SZW', 'Europees Sociaal Fonds', 'Instituut Gak', 'Fonds Werk en Inkomen'];
const FIRST_NAMES = [
  'Noor', 'Sven', 'Lotte', 'Daan', 'Fatima', 'Mohamed', 'Eva', 'Jeroen', 'Sanne', 'Bram', 'Yara', 'Thijs',
  'Anouk', 'Ruben', 'Meryem', 'Joris', 'Femke', 'Koen', 'Ilse', 'Hamza', 'Marloes', 'Pieter', 'Esra', 'Wouter',
];
const LAST_NAMES = [
  'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Hendriks', 'van Gils', 'Willems', 'Mulder', 'de Boer',
  'Yilmaz', 'El Amrani', 'van Dijk', 'Bos', 'Vos', 'Peters', 'Kok', 'van Leeuwen', 'Dekker', 'Brouwer',
];
const CITIES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Tilburg', 'Eindhoven', 'Groningen', 'Breda', 'Nijmegen',
  'Zwolle', 'Amersfoort', 'Enschede', 'Leeuwarden', 'Maastricht', 'Almere', 'Apeldoorn', 'Arnhem', 'Haarlem',
  'Zaanstad', 'Dordrecht', 'Helmond', 'Venlo', 'Emmen', 'Deventer', 'Heerlen', 'Oss', 'Gouda', 'Alkmaar',
];
const REGIONS = [
  'Midden-Brabant', 'Groot Amsterdam', 'Rijnmond', 'Twente', 'Zuid-Limburg', 'Friesland', 'Drenthe',
  'Gelderland-Zuid', 'Regio Zwolle', 'Holland Rijnland', 'Noord-Holland Noord', 'Food Valley',
];

export const THEMES = [
  'Duurzame werkhervatting', 'Vakmanschap', 'Gewogen Maatwerk', 'Armoede en schulden', 'Inclusief werkgeverschap',
  'Jobcarving', 'Werk en psychische gezondheid', 'Methodisch werken', 'Professionalisering', 'Lerende organisatie',
  'Arbeidsdeskundigheid', 'Vertrouwen', 'Bejegening', 'Integrale dienstverlening', 'Opwaartse mobiliteit',
  'Werkende armen', 'Samenwerking zorg en werk', 'Evidence-based werken', 'Diagnose en profilering',
  'Voorspellers van werkhervatting', 'Jongeren en werk', 'Oudere werkzoekenden', 'Statushouders en inburgering',
  'Taal en werk', 'Scholing en leven lang ontwikkelen', 'Verzuim en ziekte', 'Loonkostensubsidie',
  'Beschut werk', 'Regionale arbeidsmarkt', 'Gender en re-integratie', 'Digitale dienstverlening',
  'Klantparticipatie', 'Leiderschap en aansturing',
];

// ── Words for titles and prose ──────────────────────────────────────────────────────────
const ADJECTIVES = [
  'duurzame', 'integrale', 'passende', 'methodische', 'inclusieve', 'regionale', 'persoonlijke', 'intensieve',
  'vroegtijdige', 'individuele', 'gezamenlijke', 'praktijkgerichte', 'vraaggerichte', 'lokale', 'structurele',
  'effectieve', 'laagdrempelige', 'outreachende', 'positieve', 'gerichte', 'werkgerichte', 'doelgerichte',
];
/** Nouns that name the kind of work: the heart of most titles. */
const TOPICS = [
  'werkhervatting', 're-integratie', 'begeleiding naar werk', 'loopbaanbegeleiding', 'jobcoaching',
  'arbeidsdeskundige begeleiding', 'verzuimbegeleiding', 'werkgeversdienstverlening', 'bemiddeling',
  'plaatsing', 'scholing', 'taalondersteuning', 'schuldhulpverlening', 'participatie', 'arbeidsparticipatie',
  'werkfit maken', 'matching', 'nazorg na plaatsing', 'jobcarving', 'loonkostensubsidie', 'beschut werk',
  'proefplaatsing', 'werkervaringsplaats', 'ondersteuning op de werkvloer', 'vakmanschap', 'klantcontact',
  'casemanagement', 'inburgering', 'werkgeversbenadering', 'talentontwikkeling', 're-integratietraject',
  'duurzame inzetbaarheid', 'arbeidsbemiddeling', 'leerwerktraject', 'sociale activering',
];
/** People and roles, as written in running text. */
const GROUPS_TEXT = [
  'mensen in de bijstand', 'werkzoekenden met een WW-uitkering', 'jongeren zonder startkwalificatie',
  'statushouders', 'alleenstaande ouders', 'mensen met psychische klachten', 'oudere werkzoekenden',
  'mensen met een arbeidsbeperking', 'Wajongers', 'werknemers met langdurig verzuim', 'nieuwkomers',
  'vijftigplussers', 'jongeren met autisme', 'mensen met schulden', 'werkende armen', 'zieke werknemers',
  'mensen met een WIA-uitkering', 'laaggeletterden', 'herintreders', 'mensen met een lange afstand tot de arbeidsmarkt',
];
const ROLES = [
  'de jobcoach', 'de klantmanager', 'de arbeidsdeskundige', 'de werkgever', 'de casemanager',
  'de re-integratieprofessional', 'de werkconsulent', 'de bedrijfsarts', 'de loopbaancoach',
  'de schuldhulpverlener', 'de accountmanager werkgeversdienstverlening', 'de werkcoach', 'de trajectbegeleider',
  'de leidinggevende', 'de verzekeringsarts', 'de participatiecoach',
];
const OBJECTS = [
  'een passende baan', 'duurzame werkhervatting', 'uitstroom uit de bijstand', 'een betaalde baan',
  'meer zelfvertrouwen', 'een stabiel inkomen', 'een werkervaringsplaats', 'een diploma', 'een leerwerkplek',
  'minder verzuim', 'een vaste aanstelling', 'economische zelfstandigheid', 'een goede match met de werkgever',
  'werkbehoud', 'financiële rust', 'regie over de eigen loopbaan',
];
const VERBS = ['ondersteunt', 'begeleidt', 'helpt', 'stimuleert', 'coacht', 'motiveert', 'adviseert', 'volgt'];
const OUTCOMES = [
  'duurzame werkhervatting', 'uitstroom naar betaald werk', 'minder ziekteverzuim', 'hogere werktevredenheid',
  'meer vertrouwen in de gemeente', 'grotere zelfeffectiviteit', 'economische veerkracht', 'inclusiever werkgeverschap',
  'betere samenwerking tussen zorg en werk', 'kortere uitkeringsduur', 'meer uren werk', 'betere gezondheid',
];
const METHODS = [
  'Individuele Plaatsing en Steun', 'Gewogen Maatwerk', 'Motiverende gespreksvoering', 'Supported Employment',
  'Werkfit', 'Oplossingsgericht werken', 'Krachtgericht werken', 'Job Crafting', 'Methodiek Inclusief Herontwerp Werk',
  'Participatieladder', 'Integrale Schuldhulp', 'Bouwstenen voor vakmanschap', 'Mentorschap op de werkvloer',
  'Groepstraining Werkhervatting', 'Sollicitatietraining', 'Talentenscan', 'Leerwerkakkoord',
];
const WORKING_ELEMENTS = [
  'vertrouwensrelatie', 'vaste contactpersoon', 'snelle plaatsing', 'ondersteuning op de werkvloer',
  'aandacht voor gezondheid', 'werkgeversbenadering', 'eigen regie', 'praktijkleren', 'nazorg',
  'outreachend werken', 'samenwerking met de bedrijfsarts', 'maatwerk', 'feedback', 'peer support',
  'korte lijnen', 'motiverende gesprekken', 'financiële stabiliteit', 'stapsgewijze opbouw van uren',
];
const STUDY_DESIGNS = [
  'een gerandomiseerd onderzoek', 'een quasi-experimenteel onderzoek', 'een cohortonderzoek', 'een enquête',
  'kwalitatieve interviews', 'een mixed-methods evaluatie', 'een procesevaluatie', 'een dossieronderzoek',
];
const CONNECTORS = ['Daarnaast', 'Bovendien', 'Tegelijk', 'Daarbij', 'Ook', 'Vervolgens', 'Ten slotte', 'In de praktijk'];

/** Vocabulary terms with their alternative labels (abbreviations, English, spelling variants). */
const TERM_BASES = [
  ['vakmanschap', ['vakbekwaamheid', 'professioneel vakmanschap', 'craftsmanship']],
  ['duurzame werkhervatting', ['duurzame terugkeer naar werk', 'sustained return to work']],
  ['re-integratie', ['reïntegratie', 'terugkeer naar werk', 'return to work']],
  ['arbeidsdeskundige', ['AD', 'arbeidsdeskundig adviseur']],
  ['jobcoach', ['jobcoaching', 'werkplekbegeleider']],
  ['bijstand', ['bijstandsuitkering', 'algemene bijstand', 'Participatiewet-uitkering']],
  ['loonkostensubsidie', ['LKS', 'loonwaardesubsidie']],
  ['beschut werk', ['beschutte werkplek', 'beschutte arbeid']],
  ['werkgeversdienstverlening', ['WGD', 'werkgeversservicepunt', 'WSP']],
  ['evidence-based werken', ['EBP', 'evidence-based practice', 'werken met bewijs']],
  ['afstand tot de arbeidsmarkt', ['arbeidsmarktafstand', 'loonwaarde']],
  ['bejegening', ['klantbenadering', 'houding van de professional']],
  ['jobcarving', ['functiecreatie', 'inclusief herontwerp van werk']],
  ['passende arbeid', ['passend werk', 'gangbare arbeid']],
  ['werkfit', ['werkfitheid', 'werkfit-traject']],
  ['zelfeffectiviteit', ['self-efficacy', 'vertrouwen in eigen kunnen']],
  ['participatie', ['maatschappelijke participatie', 'meedoen']],
  ['casemanagement', ['regie op de casus', 'casusregie']],
  ['verzuimbegeleiding', ['verzuimbeleid', 'verzuimaanpak']],
  ['proefplaatsing', ['proefplaats', 'onbetaalde proefperiode']],
  ['Gewogen Maatwerk', ['afwegingskader Gewogen Maatwerk', 'wat werkt voor wie']],
  ['methodisch werken', ['methodisch handelen', 'planmatig werken']],
  ['werkervaringsplaats', ['werkervaringsplek', 'WEP']],
  ['inburgering', ['inburgeringsplicht', 'Wet inburgering']],
];
const TERM_QUALIFIERS = [
  'in de gemeentelijke praktijk', 'bij UWV', 'in het onderzoek', 'volgens werkgevers', 'in de zorg',
  'in de Participatiewet', 'voor jongeren', 'in het onderwijs', 'bij ziekte', 'in de regio', 'na ontslag',
  'in de beroepsstandaard', 'in de wetgeving', 'bij schulden', 'in de sociale zekerheid',
];

/** Synonym groups the API would get from the vocabulary (term label plus alternative labels). */
export const SYNONYM_GROUPS = TERM_BASES.map(([label, alt]) => [label, ...alt]).concat([
  ['WW', 'werkloosheidswet', 'werkloosheidsuitkering'],
  ['WIA', 'arbeidsongeschiktheidsuitkering'],
  ['klantmanager', 'consulent', 'werkconsulent'],
]);

// ── Sentence templates ──────────────────────────────────────────────────────────────────
const cap = (text) => text.charAt(0).toUpperCase() + text.slice(1);

function sentenceMaker(r) {
  const templates = [
    () => `${cap(r.pick(ROLES))} ${r.pick(VERBS)} ${r.pick(GROUPS_TEXT)} bij het vinden van ${r.pick(OBJECTS)}.`,
    () => `${cap(r.pick(ADJECTIVES))} ${r.pick(TOPICS)} draagt bij aan ${r.pick(OUTCOMES)} voor ${r.pick(GROUPS_TEXT)}.`,
    () => `In ${r.pick(CITIES)} werken ${r.pick(ROLES).slice(3)} en ${r.pick(ROLES).slice(3)} samen aan ${r.pick(TOPICS)}.`,
    () => `${r.pick(CONNECTORS)} kijkt ${r.pick(ROLES)} naar wat iemand nodig heeft om ${r.pick(OBJECTS)} te bereiken.`,
    () => `De aanpak combineert ${r.pick(TOPICS)} met ${r.pick(WORKING_ELEMENTS)} en ${r.pick(WORKING_ELEMENTS)}.`,
    () => `Veel ${r.pick(GROUPS_TEXT)} ervaren drempels zoals schulden, gezondheidsklachten of een beperkt netwerk.`,
    () => `${r.pick(CONNECTORS)} is ${r.pick(WORKING_ELEMENTS)} belangrijk, omdat ${r.pick(GROUPS_TEXT)} anders afhaken.`,
    () => `${cap(r.pick(ROLES))} gebruikt ${r.pick(METHODS)} om ${r.pick(TOPICS)} beter af te stemmen op de werkgever.`,
    () => `Het doel is ${r.pick(OUTCOMES)} en ${r.pick(OBJECTS)} binnen ${r.int(6, 36)} maanden.`,
    () => `Werkgevers in ${r.pick(REGIONS)} bieden plekken aan voor ${r.pick(GROUPS_TEXT)} met begeleiding van ${r.pick(ROLES)}.`,
    () => `${r.pick(CONNECTORS)} vraagt vakmanschap van ${r.pick(ROLES)} om de juiste afweging te maken tussen regels en maatwerk.`,
    () => `Met ${r.pick(STUDY_DESIGNS)} onder ${r.int(40, 2400)} deelnemers is onderzocht of ${r.pick(TOPICS)} werkt.`,
    () => `De re-integratie verloopt beter wanneer ${r.pick(ROLES)} vroeg contact legt met ${r.pick(ROLES)}.`,
    () => `Deelnemers krijgen ${r.pick(TOPICS)}, een vast aanspreekpunt en ondersteuning bij ${r.pick(OBJECTS)}.`,
  ];
  return () => r.pick(templates)();
}

/** Sentences until about `minWords`–`maxWords` words, in `paragraphs` paragraphs (the projector's joined fields). */
function prose(r, sentence, minWords, maxWords, paragraphs = 2, opening = []) {
  const target = r.int(minWords, maxWords);
  const sentences = [...opening];
  let words = opening.join(' ').split(' ').filter(Boolean).length;
  while (words < target) {
    const next = sentence();
    const length = next.split(' ').length;
    if (words >= minWords && words + length > maxWords) break;
    if (words + length > maxWords + 10) continue;
    sentences.push(next);
    words += length;
  }
  const size = Math.max(1, Math.ceil(sentences.length / paragraphs));
  const blocks = [];
  for (let start = 0; start < sentences.length; start += size) blocks.push(sentences.slice(start, start + size).join(' '));
  return blocks.join('\n\n');
}

const slugify = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/** A UUID v4 look-alike from the PRNG, like the database's ids. */
function uuid(r) {
  const hex = Array.from({ length: 32 }, () => Math.floor(r.next() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(r.next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Share of each kind in the corpus: findings hang under projects, terms are few. */
export const KIND_SHARES = { PROJECT: 0.3, FINDING: 0.42, INTERVENTION: 0.18, TERM: 0.1 };

/**
 * `count` documents in batches of `batchSize`, deterministic for a seed. Findings share the
 * slug, themes, target groups and organisations of the project just before them.
 */
export function generateCorpus({ count = 100_000, batchSize = 1_000, seed = 20_240_917 } = {}) {
  const r = createRandom(seed);
  const sentence = sentenceMaker(r);
  const documents = [];
  let lastProject;
  const organizationsFor = (min, max) => {
    const chosen = r.some(ORGANIZATIONS, min, max, 1.3);
    return {
      organization: chosen.map(([name]) => name),
      organizationKind: [...new Set(chosen.map(([, kind]) => kind))],
    };
  };
  const year = () => String(r.int(2012, 2025));
  const person = () => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;

  const project = (n) => {
    const topic = r.skewed(TOPICS, 1.3);
    const title = r.pick([
      () => `${cap(r.pick(ADJECTIVES))} ${topic} voor ${r.pick(GROUPS_TEXT)} in ${r.pick(CITIES)}`,
      () => `${cap(topic)} in ${r.pick(REGIONS)}: ${r.pick(OBJECTS)} voor ${r.pick(GROUPS_TEXT)}`,
      () => `Van uitkering naar werk: ${r.pick(ADJECTIVES)} ${topic} in ${r.pick(CITIES)}`,
      () => `${cap(r.pick(METHODS))} voor ${r.pick(GROUPS_TEXT)}`,
      () => `Samen naar ${r.pick(OBJECTS)}: ${topic} met ${r.pick(ROLES).slice(3)}`,
    ])();
    const themes = r.some(THEMES, 1, 4);
    const doc = {
      id: uuid(r),
      type: 'PROJECT',
      slug: `${slugify(title)}-${n}`,
      title,
      text: prose(r, sentence, 60, 120, 3),
      keywords: [...themes, ...r.some(FUNDERS, 1, 2), person(), ...r.some(METHODS, 0, 2)],
      facets: {
        ...organizationsFor(1, 3),
        targetGroups: r.some(TARGET_GROUPS, 1, 3),
        status: [r.skewed(PROJECT_STATUSES, 1.4)],
        themes,
        year: [year()],
      },
    };
    lastProject = doc;
    return doc;
  };

  const finding = (n) => {
    const parent = lastProject ?? project(n);
    const title = r.pick([
      () => `${cap(r.pick(TOPICS))} leidt tot ${r.pick(OUTCOMES)} bij ${r.pick(GROUPS_TEXT)}`,
      () => `Geen effect van ${r.pick(TOPICS)} op ${r.pick(OUTCOMES)}`,
      () => `${cap(r.pick(WORKING_ELEMENTS))} voorspelt ${r.pick(OUTCOMES)}`,
      () => `Ervaringen van ${r.pick(GROUPS_TEXT)} met ${r.pick(TOPICS)}`,
      () => `Uitvoering van ${r.pick(METHODS)} vraagt ${r.pick(WORKING_ELEMENTS)}`,
    ])();
    return {
      id: uuid(r),
      type: 'FINDING',
      slug: parent.slug,
      title,
      text: prose(r, sentence, 40, 90, 2),
      keywords: [parent.title, ...parent.facets.themes],
      facets: {
        organization: parent.facets.organization,
        organizationKind: parent.facets.organizationKind,
        targetGroups: parent.facets.targetGroups,
        themes: parent.facets.themes,
        year: [String(Math.min(2025, Number(parent.facets.year[0]) + r.int(0, 3)))],
      },
    };
  };

  const intervention = (n) => {
    const title = r.pick([
      () => `${r.pick(METHODS)} (${r.pick(ADJECTIVES)} variant)`,
      () => `${cap(r.pick(ADJECTIVES))} ${r.pick(TOPICS)} met ${r.pick(WORKING_ELEMENTS)}`,
      () => `${cap(r.pick(TOPICS))}: werkwijze voor ${r.pick(ROLES).slice(3)}`,
      () => `Training ${r.pick(TOPICS)} voor ${r.pick(GROUPS_TEXT)}`,
    ])();
    return {
      id: uuid(r),
      type: 'INTERVENTION',
      slug: `${slugify(title)}-${n}`,
      title,
      text: prose(r, sentence, 60, 120, 3),
      keywords: r.some(WORKING_ELEMENTS, 2, 5),
      facets: {
        ...organizationsFor(1, 2),
        targetGroups: r.some(TARGET_GROUPS, 1, 3),
        determinants: r.some(DETERMINANTS, 1, 3, 1),
        evidenceLevel: [r.skewed(EVIDENCE_LEVELS, 1.5)],
        year: [year()],
      },
    };
  };

  const term = (n) => {
    const [base, altLabels] = r.pick(TERM_BASES);
    const label = r.chance(0.15) ? base : `${base} ${r.pick(TERM_QUALIFIERS)}`;
    const definitions = r.int(1, 3);
    const scopeNote = `${cap(label)} is een begrip waarover ${r.pick(ROLES).slice(3)} en onderzoekers verschillend denken.`;
    return {
      id: uuid(r),
      type: 'TERM',
      slug: `${slugify(label)}-${n}`,
      title: label,
      text: prose(r, sentence, 40, 110, definitions + 1, [scopeNote]),
      keywords: r.some(altLabels, 1, altLabels.length, 1),
      facets: {
        perspective: r.some(PERSPECTIVES, 1, definitions + 1),
        ...organizationsFor(1, definitions),
      },
    };
  };

  const makers = { PROJECT: project, FINDING: finding, INTERVENTION: intervention, TERM: term };
  const kinds = Object.keys(KIND_SHARES);
  const counts = Object.fromEntries(kinds.map((kind) => [kind, 0]));
  for (let n = 0; n < count; n += 1) {
    // Interleaved as a real rebuild would not be, so every batch holds every kind: a finding
    // follows a project with probability share(FINDING), and so on.
    const roll = r.next();
    let kind = kinds[kinds.length - 1];
    for (let i = 0, sum = 0; i < kinds.length; i += 1) {
      sum += KIND_SHARES[kinds[i]];
      if (roll < sum) {
        kind = kinds[i];
        break;
      }
    }
    documents.push(makers[kind](n));
    counts[kind] += 1;
  }
  const batches = [];
  for (let start = 0; start < documents.length; start += batchSize) batches.push(documents.slice(start, start + batchSize));
  return { batches, counts };
}
