import { AnnotationMotivation, DefinitionRelationKind, Perspective, TermRelationKind, TermStatus } from '@werkkennis/kernel';
import type { DemoTerm, DemoTermCollection } from '../demo-data.types';

/**
 * The shared vocabulary of contested terms. Each term carries definitions from different
 * perspectives; researchers and others annotate them. Relations are listed in one direction
 * only (SKOS semantics: `BROADER x` means x is the broader term); the seeder derives the
 * inverse. All sources are fictional.
 */

const BRON_GEWOGEN_MAATWERK =
  'Gewogen Maatwerk: een afwegingskader voor re-integratie, Tilburg University, 2022';
const URL_GEWOGEN_MAATWERK = 'https://www.tilburguniversity.example/gewogen-maatwerk/afwegingskader';
const BRON_CLIENTENRAAD =
  'Adviesbrief Wat wij verstaan onder goede begeleiding, Cliëntenraad Werk en Inkomen Tilburg, 2022';
const URL_CLIENTENRAAD = 'https://www.clientenraad-tilburg.example/adviezen/goede-begeleiding';
const URL_PERSPECTIEFVERSCHILLEN =
  'https://www.tno.example/publicaties/perspectiefverschillen-reintegratiekennis';

/** Collections group the terms by theme (skos:Collection); a term may be in several. */
export const termCollections: DemoTermCollection[] = [
  { slug: 'professionele-praktijk', label: 'Professionele praktijk', labelEn: 'Professional practice' },
  { slug: 'bewijs-en-effect', label: 'Bewijs en effect', labelEn: 'Evidence and effect' },
  { slug: 'beleid-en-stelsel', label: 'Beleid en stelsel', labelEn: 'Policy and system' },
  { slug: 'uitkomsten', label: 'Uitkomsten', labelEn: 'Outcomes' },
];

export const terms: DemoTerm[] = [
  {
    slug: 'vakmanschap',
    label: 'vakmanschap',
    labelEn: 'craftsmanship',
    altLabelsNl: [
      'vakbekwaamheid',
      'professioneel vakmanschap',
      'vakmanschap van de re-integratieprofessional',
    ],
    altLabelsEn: ['professional craftsmanship'],
    abbreviations: [],
    scopeNote:
      'Het geheel van kennis, vaardigheden en houding waarmee een re-integratieprofessional het werk goed uitvoert. ' +
      'Wat ‘goed’ is, verschilt per perspectief: van effectieve en uniforme uitvoering tot ruimte voor het eigen oordeel.',
    plainExplanation:
      'Vakmanschap is hoe goed iemand zijn vak beheerst. Bij re-integratie gaat het om de kennis, de vaardigheden en de houding van de begeleider die iemand helpt om aan het werk te komen.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['professionele-praktijk'],
    relations: [
      { kind: TermRelationKind.RELATED, termSlug: 'professionalisering' },
      { kind: TermRelationKind.RELATED, termSlug: 'methodisch-werken' },
      { kind: TermRelationKind.RELATED, termSlug: 'bejegening' },
    ],
    definitionRelations: [
      {
        from: Perspective.RESEARCH,
        kind: DefinitionRelationKind.CONFLICTS_WITH,
        to: Perspective.MINISTRY,
        statedByEmail: 'onderzoeker@tilburguniversity.example',
        reason:
          'De onderzoeksdefinitie legt het zwaartepunt bij het oordeel van de professional, de ministeriële bij gelijke en verantwoorde toepassing van regels. Die twee sturen de praktijk verschillende kanten op.',
      },
      {
        from: Perspective.MUNICIPALITY,
        kind: DefinitionRelationKind.CONFLICTS_WITH,
        to: Perspective.MINISTRY,
        statedByEmail: 'e.vanleeuwen@tno.example',
        reason:
          'Afwijken van standaardroutes om recht te doen aan de inwoner verdraagt zich slecht met gelijke gevallen gelijk behandelen.',
      },
      {
        from: Perspective.CLIENT,
        kind: DefinitionRelationKind.NARROWER,
        to: Perspective.RESEARCH,
        statedByEmail: 'm.bakker@hu.example',
        reason:
          'De cliënt noemt een deel van wat de onderzoeksdefinitie omvat: serieus nemen, luisteren en eerlijk uitleggen, zonder de theoretische onderbouwing.',
      },
    ],
    definitions: [
      {
        text:
          'Vakmanschap is het vermogen van uitvoeringsprofessionals om wet- en regelgeving doelmatig, rechtmatig en effectief toe te passen. ' +
          'Een vakkundige professional zet instrumenten in waarvan de werking is aangetoond, behandelt gelijke gevallen gelijk en legt verantwoording af over zijn keuzes. ' +
          'Zo is vakmanschap ook een voorwaarde om de beperkte middelen voor re-integratie zo goed mogelijk te besteden.',
        perspective: Perspective.MINISTRY,
        organizationSlug: 'ministerie-szw',
        source: 'Beleidsnotitie Vakmanschap in de uitvoering, ministerie van SZW, 2019',
        sourceUrl: 'https://www.szw.example/publicaties/vakmanschap-in-de-uitvoering',
        authorEmail: 'a.dekker@szw.example',
        annotations: [
          {
            authorEmail: 'onderzoeker@tilburguniversity.example',
            motivation: AnnotationMotivation.CONTESTING,
            body:
              'Deze definitie legt het zwaartepunt bij uniformiteit en verantwoording naar boven. ' +
              'Daarmee verdwijnt het oordeelsvermogen van de professional uit beeld, terwijl dat juist nodig is omdat gelijke gevallen in de re-integratie zelden echt gelijk zijn. ' +
              'Wie vakmanschap zo omschrijft, meet uiteindelijk vooral naleving.',
            references: [],
            quote: 'behandelt gelijke gevallen gelijk',
          },
          {
            authorEmail: 'r.elkaoui@uwv.example',
            motivation: AnnotationMotivation.SUPPORTING,
            body:
              'Vanuit de uitvoering herkennen we het belang van rechtsgelijkheid: cliënten vergelijken hun behandeling met die van anderen en spreken ons daarop aan. ' +
              'Een gedeelde basis van werkwijzen hoort wat ons betreft bij vakmanschap.',
            references: [],
          },
          {
            authorEmail: 'e.vanleeuwen@tno.example',
            motivation: AnnotationMotivation.LINKING,
            body:
              'In het verslag van de stakeholderbijeenkomsten over perspectiefverschillen staat hoe deze invulling zich verhoudt tot die van gemeenten en onderzoekers.',
            references: [URL_PERSPECTIEFVERSCHILLEN],
          },
        ],
      },
      {
        text:
          'Vakmanschap is het vermogen van de klantmanager om binnen de kaders van de Participatiewet de ruimte te benutten die nodig is om recht te doen aan de situatie van de inwoner. ' +
          'Dat vraagt dat je de inwoner echt kent, durft af te wijken van standaardroutes en uitlegt waarom. ' +
          'Regels zijn een middel, geen doel.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-tilburg',
        source: 'Visie op dienstverlening Werk en Inkomen, Gemeente Tilburg, 2021',
        sourceUrl: 'https://www.tilburg.example/werk/visie-dienstverlening',
        authorEmail: 'redacteur@tilburg.example',
        annotations: [
          {
            authorEmail: 'a.dekker@szw.example',
            motivation: AnnotationMotivation.QUESTIONING,
            body:
              'Hoe wordt in deze opvatting geborgd dat twee inwoners in vergelijkbare omstandigheden ook vergelijkbaar worden behandeld? ' +
              'Discretionaire ruimte is waardevol, maar vraagt om een onderbouwing die achteraf te toetsen is.',
            references: [],
          },
          {
            authorEmail: 'm.bakker@hu.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Studenten herkennen deze invulling het sterkst uit hun stages. ' +
              'Tegelijk vinden ze het lastig om ‘de inwoner kennen’ te vertalen naar keuzes die ze tegenover een collega kunnen verantwoorden.',
            references: [],
          },
        ],
      },
      {
        text:
          'Vakmanschap is methodisch, theoretisch geïnformeerd handelen waarin de professional kennis uit onderzoek, praktijkervaring en de voorkeuren van de cliënt tegen elkaar afweegt en daarop reflecteert. ' +
          'De vakkundige professional kan uitleggen welke determinanten van gedrag hij of zij wil beïnvloeden, waarom een interventie past en welk effect te verwachten is. ' +
          'Reflectie, alleen en met collega’s, is een vast onderdeel van het vak.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tilburg-university',
        source: BRON_GEWOGEN_MAATWERK,
        sourceUrl: URL_GEWOGEN_MAATWERK,
        authorEmail: 'onderzoeker@tilburguniversity.example',
        annotations: [
          {
            authorEmail: 'w.degroot@nvva.example',
            motivation: AnnotationMotivation.SUPPORTING,
            body:
              'Dit sluit goed aan bij hoe arbeidsdeskundigen gewend zijn hun oordeel te onderbouwen: navolgbaar, en met ruimte voor de eigen professionele afweging.',
            references: [],
          },
          {
            authorEmail: 'professional@werkkennis.example',
            motivation: AnnotationMotivation.QUESTIONING,
            body:
              'Mooi geformuleerd, maar hoeveel tijd is hiervoor realistisch bij een caseload van honderdvijftig klanten? ' +
              'Ik mis de organisatorische voorwaarden in deze definitie.',
            references: [],
          },
        ],
      },
      {
        text:
          'Een vakkundige begeleider neemt je serieus, luistert eerst en weet waar hij het over heeft. ' +
          'Je merkt vakmanschap aan eerlijke uitleg over wat wel en niet kan, en aan afspraken die worden nagekomen. ' +
          'Het gaat er niet om hoeveel methodes iemand kent, maar of je na een gesprek verder bent.',
        perspective: Perspective.CLIENT,
        organizationSlug: 'clientenraad-werk-en-inkomen-tilburg',
        source: BRON_CLIENTENRAAD,
        sourceUrl: URL_CLIENTENRAAD,
        authorEmail: 's.vermeulen@clientenraad-tilburg.example',
        annotations: [
          {
            authorEmail: 'onderzoeker@tilburguniversity.example',
            motivation: AnnotationMotivation.LINKING,
            body:
              'Deze invulling sluit aan op het onderzoek naar bejegening in het Tilburgse project over alleenstaande moeders, waarin vertrouwen in de klantmanager een van de uitkomsten is.',
            references: ['https://www.tilburg.example/werk/economische-veerkracht/interviewstudie-2024.pdf'],
          },
        ],
      },
    ],
  },
  {
    slug: 'evidence-based-werken',
    label: 'evidence-based werken',
    labelEn: 'evidence-based practice',
    altLabelsNl: [
      'evidence based werken',
      'onderbouwd werken',
      'evidence-based handelen',
      'wetenschappelijk onderbouwd werken',
    ],
    altLabelsEn: [],
    abbreviations: ['EBP'],
    scopeNote:
      'Werken op basis van de best beschikbare kennis over wat werkt. ' +
      'De discussie gaat over welke kennis meetelt: alleen effectonderzoek, of ook praktijkkennis en de voorkeuren van de cliënt.',
    plainExplanation:
      'Evidence-based werken betekent dat je een aanpak kiest waarvan je weet dat die werkt. Je kijkt daarvoor naar onderzoek, naar je eigen ervaring en naar wat de cliënt zelf wil.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['bewijs-en-effect', 'professionele-praktijk'],
    relations: [
      { kind: TermRelationKind.RELATED, termSlug: 'methodisch-werken' },
      { kind: TermRelationKind.RELATED, termSlug: 'werkzame-elementen' },
      { kind: TermRelationKind.RELATED, termSlug: 'professionalisering' },
    ],
    definitionRelations: [
      {
        from: Perspective.MINISTRY,
        kind: DefinitionRelationKind.NARROWER,
        to: Perspective.RESEARCH,
        statedByEmail: 'e.vanleeuwen@tno.example',
        reason:
          'De ministeriële definitie telt alleen aangetoonde effectiviteit; de onderzoeksdefinitie neemt dat bewijs op naast de expertise van de professional en de voorkeuren van de cliënt.',
      },
      {
        from: Perspective.PRACTITIONER,
        kind: DefinitionRelationKind.SAME_AS,
        to: Perspective.RESEARCH,
        statedByEmail: 'j.postma@akc.example',
        reason:
          'In andere woorden zeggen beide dat je bewijs, ervaring en de situatie van de cliënt afweegt en je keuze kunt uitleggen.',
      },
    ],
    definitions: [
      {
        text:
          'Evidence-based werken betekent dat gemeenten en UWV bij voorkeur interventies inzetten waarvan de effectiviteit met degelijk onderzoek is aangetoond. ' +
          'Publiek geld hoort te gaan naar wat aantoonbaar werkt. ' +
          'Interventies zonder bewijs moeten worden onderzocht of afgebouwd.',
        perspective: Perspective.MINISTRY,
        organizationSlug: 'ministerie-szw',
        source: 'Kamerbrief Effectiviteit van re-integratie, ministerie van SZW, 2020',
        sourceUrl: 'https://www.szw.example/kamerstukken/effectiviteit-reintegratie',
        authorEmail: 'a.dekker@szw.example',
        annotations: [
          {
            authorEmail: 'e.vanleeuwen@tno.example',
            motivation: AnnotationMotivation.QUESTIONING,
            body:
              'Wat verstaat deze definitie onder degelijk onderzoek? ' +
              'Als alleen gerandomiseerde studies tellen, vallen veel interventies voor kleine doelgroepen af, simpelweg omdat zo’n studie daar niet haalbaar is.',
            references: [],
          },
        ],
      },
      {
        text:
          'Evidence-based werken is het bewust en expliciet combineren van drie kennisbronnen: het best beschikbare wetenschappelijke bewijs, de expertise van de professional en de waarden en voorkeuren van de cliënt. ' +
          'Het is geen lijst met goedgekeurde interventies, maar een manier van beslissen. ' +
          'Waar bewijs ontbreekt, vraagt het om het systematisch volgen van de eigen resultaten.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tno',
        source: 'Evidence-based werken in re-integratie: een handreiking, TNO, 2018',
        sourceUrl: 'https://www.tno.example/publicaties/evidence-based-werken',
        authorEmail: 'e.vanleeuwen@tno.example',
        annotations: [
          {
            authorEmail: 'j.postma@akc.example',
            motivation: AnnotationMotivation.SUPPORTING,
            body:
              'Deze driedeling is ook het uitgangspunt van de kennisdossiers van het AKC. ' +
              'Ze voorkomt dat ‘evidence-based’ verschraalt tot ‘alleen wat in een gerandomiseerde studie is onderzocht’.',
            references: [],
          },
          {
            authorEmail: 'onderzoeker@tilburguniversity.example',
            motivation: AnnotationMotivation.LINKING,
            body:
              'Hoe je deze afweging in de dagelijkse re-integratiepraktijk vastlegt, is uitgewerkt in het afwegingskader Gewogen Maatwerk.',
            references: [URL_GEWOGEN_MAATWERK],
          },
        ],
      },
      {
        text:
          'Voor mij betekent evidence-based werken dat ik mijn advies kan onderbouwen met bronnen die ik ken en kan noemen, of dat nu onderzoek, een richtlijn of eerdere casuïstiek is. ' +
          'Het is geen keurslijf: in het gesprek weeg ik af wat bij deze persoon past. ' +
          'Maar ik moet wel kunnen uitleggen waarom ik doe wat ik doe.',
        perspective: Perspective.PRACTITIONER,
        organizationSlug: 'nvva',
        source: 'Verslag praktijkbijeenkomst Onderbouwd adviseren, NVvA, 2023',
        sourceUrl: null,
        authorEmail: 'w.degroot@nvva.example',
        annotations: [
          {
            authorEmail: 'm.bakker@hu.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Opvallend is dat casuïstiek hier als bron wordt genoemd. ' +
              'In de opleiding leren we studenten juist om eerdere casussen kritisch te bekijken, omdat het geheugen vooral de geslaagde trajecten bewaart.',
            references: [],
          },
        ],
      },
    ],
  },
  {
    slug: 'lerende-organisatie',
    label: 'lerende organisatie',
    labelEn: 'learning organisation',
    altLabelsNl: ['lerende uitvoeringsorganisatie', 'organisatieleren'],
    altLabelsEn: ['learning organization'],
    abbreviations: [],
    scopeNote:
      'Een organisatie die stelselmatig leert van de eigen praktijk en van kennis van buiten, en haar werkwijze daarop aanpast. ' +
      'Perspectieven verschillen in wie er leert: de organisatie als geheel, het team of de individuele professional.',
    plainExplanation:
      'Een lerende organisatie kijkt steeds wat goed gaat en wat beter kan. Medewerkers leren van elkaar, en de organisatie past haar werk daarop aan.',
    status: TermStatus.ADMITTED,
    collectionSlugs: ['professionele-praktijk'],
    relations: [{ kind: TermRelationKind.RELATED, termSlug: 'professionalisering' }],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Een lerende organisatie verzamelt stelselmatig gegevens over de eigen dienstverlening, analyseert die en stuurt bij. ' +
          'Kennis uit onderzoek en uit de uitvoering wordt via kennismemo’s, opleidingen en werkinstructies landelijk verspreid, zodat alle vestigingen ervan profiteren. ' +
          'Leren is zo een georganiseerde cyclus en geen toevalstreffer.',
        perspective: Perspective.UWV,
        organizationSlug: 'uwv',
        source: 'Kennisagenda UWV 2022–2025, UWV, 2022',
        sourceUrl: 'https://www.uwv.example/kennis/kennisagenda',
        authorEmail: 'r.elkaoui@uwv.example',
        annotations: [],
      },
      {
        text:
          'Een lerende organisatie is een organisatie waarin teams de ruimte en de tijd krijgen om samen te reflecteren op wat werkt en wat niet. ' +
          'Leidinggevenden zorgen dat fouten bespreekbaar zijn en dat ervaringen van de werkvloer terugkomen in het beleid. ' +
          'Zonder veiligheid in het team komt leren niet op gang.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-amsterdam',
        source: 'Koersdocument Werk, Participatie en Inkomen, Gemeente Amsterdam, 2022',
        sourceUrl: 'https://www.amsterdam.example/werk/koersdocument',
        authorEmail: 'redacteur@amsterdam.example',
        annotations: [
          {
            authorEmail: 'onderzoeker@tilburguniversity.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Deze definitie situeert leren vooral in het team, terwijl de UWV-definitie het als een organisatiebrede cyclus ziet. ' +
              'Beide zijn nodig: reflectie in het team zonder doorwerking in beleid blijft vrijblijvend, en beleid zonder teamreflectie blijft papier.',
            references: [],
          },
        ],
      },
      {
        text:
          'Vanuit het onderwijs is een lerende organisatie een werkomgeving waarin professionals na hun opleiding blijven leren: door intervisie, werkplekleren en het samen met kennisinstellingen onderzoeken van de eigen praktijk. ' +
          'Een organisatie is pas lerend als nieuwe kennis uit opleiding en onderzoek er ook een plek krijgt.',
        perspective: Perspective.EDUCATION,
        organizationSlug: 'hogeschool-utrecht',
        source: 'Lectoraatsplan Participatie en werk, Hogeschool Utrecht, 2021',
        sourceUrl: 'https://www.hu.example/lectoraat/participatie-en-werk',
        authorEmail: 'm.bakker@hu.example',
        annotations: [
          {
            authorEmail: 'e.vanleeuwen@tno.example',
            motivation: AnnotationMotivation.LINKING,
            body:
              'Dit begrip is in 2017 voor het eerst naast de andere perspectieven gelegd in het project over perspectiefverschillen.',
            references: [URL_PERSPECTIEFVERSCHILLEN],
          },
        ],
      },
    ],
  },
  {
    slug: 'maatwerk',
    label: 'maatwerk',
    labelEn: 'tailor-made support',
    altLabelsNl: ['maatwerkaanpak', 'individueel maatwerk', 'persoonsgerichte aanpak'],
    altLabelsEn: ['personalised support'],
    abbreviations: [],
    scopeNote:
      'Begeleiding die is afgestemd op de situatie van de individuele cliënt in plaats van een standaardaanbod. ' +
      'Waar het ene perspectief vooral de gerichte inzet van middelen ziet, ziet het andere vooral ruimte om van regels af te wijken.',
    plainExplanation:
      'Maatwerk is hulp die past bij één persoon. Niet iedereen krijgt hetzelfde: de begeleider kijkt wat jij nodig hebt.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['professionele-praktijk', 'beleid-en-stelsel'],
    relations: [
      { kind: TermRelationKind.NARROWER, termSlug: 'gewogen-maatwerk' },
      { kind: TermRelationKind.RELATED, termSlug: 'bejegening' },
    ],
    definitionRelations: [
      {
        from: Perspective.UWV,
        kind: DefinitionRelationKind.CONFLICTS_WITH,
        to: Perspective.MUNICIPALITY,
        statedByEmail: 'onderzoeker@tilburguniversity.example',
        reason:
          'Bij UWV is maatwerk het selectief inzetten van middelen na een diagnose; bij de gemeente is het afwijken van regels als de uitkomst anders onredelijk is. Dat zijn twee verschillende dingen onder één woord.',
      },
    ],
    definitions: [
      {
        text:
          'Maatwerk is het gericht en selectief inzetten van dienstverlening en re-integratiemiddelen op basis van een goede diagnose aan het begin. ' +
          'Wie op eigen kracht werk kan vinden, krijgt lichte ondersteuning; wie meer nodig heeft, krijgt intensievere begeleiding. ' +
          'Zo komen de middelen terecht waar ze het meeste opleveren.',
        perspective: Perspective.UWV,
        organizationSlug: 'uwv',
        source: 'Kennismemo Diagnose en klantprofilering, UWV, 2009',
        sourceUrl: 'https://www.uwv.example/kennis/diagnose-en-profilering',
        authorEmail: 'r.elkaoui@uwv.example',
        annotations: [],
      },
      {
        text:
          'Maatwerk betekent dat we de regels zo toepassen dat ze passen bij het leven van de inwoner, en dat we afwijken als de uitkomst anders onredelijk zou zijn. ' +
          'Het vraagt om professionals die de tijd krijgen om iemand te leren kennen, en om een organisatie die afwijken niet bij voorbaat wantrouwt.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-amersfoort',
        source: 'Beleidskader Menselijke maat in Werk en Inkomen, Gemeente Amersfoort, 2022',
        sourceUrl: 'https://www.amersfoort.example/werk/menselijke-maat',
        authorEmail: 't.jansen@amersfoort.example',
        annotations: [
          {
            authorEmail: 'r.elkaoui@uwv.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Het verschil met de UWV-invulling is leerzaam. ' +
              'Bij ons gaat maatwerk vooral over wie welke dienstverlening krijgt, hier gaat het over de toepassing van de regels zelf.',
            references: [],
          },
        ],
      },
      {
        text:
          'Maatwerk is dat er naar mijn hele situatie wordt gekeken, ook naar de kinderen, mijn gezondheid en mijn schulden, en niet alleen naar de vraag of ik kan solliciteren. ' +
          'Het betekent ook dat ik mee mag beslissen over wat er gebeurt.',
        perspective: Perspective.CLIENT,
        organizationSlug: 'clientenraad-werk-en-inkomen-tilburg',
        source: BRON_CLIENTENRAAD,
        sourceUrl: URL_CLIENTENRAAD,
        authorEmail: 's.vermeulen@clientenraad-tilburg.example',
        annotations: [],
      },
    ],
  },
  {
    slug: 'gewogen-maatwerk',
    label: 'Gewogen Maatwerk',
    labelEn: 'weighted tailor-made support',
    altLabelsNl: ['afwegingskader Gewogen Maatwerk', 'lerend netwerk Gewogen Maatwerk'],
    altLabelsEn: [],
    abbreviations: ['GM'],
    scopeNote:
      'Een afwegingskader voor re-integratie waarin de professional beschrijft wat hij of zij doet, hoe (de bejegening) en welk effect zichtbaar is, met het integratief gedragsmodel als theoretische basis. ' +
      'Ook de naam van het lerend netwerk dat met dit kader werkt.',
    plainExplanation:
      'Gewogen Maatwerk is een manier van werken voor begeleiders. Ze schrijven op wat ze doen, hoe ze het doen en wat het oplevert, zodat anderen ervan kunnen leren.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['professionele-praktijk', 'bewijs-en-effect'],
    relations: [
      { kind: TermRelationKind.RELATED, termSlug: 'werkzame-elementen' },
      { kind: TermRelationKind.RELATED, termSlug: 'methodisch-werken' },
      { kind: TermRelationKind.RELATED, termSlug: 'integratief-gedragsmodel' },
    ],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Gewogen Maatwerk is een wetenschappelijk onderbouwd afwegingskader waarmee professionals maatwerk navolgbaar maken. ' +
          'Per cliënt leggen zij vast welke determinanten van gedrag zij willen beïnvloeden, met welke interventie en bejegening, en welk effect zij verwachten en waarnemen. ' +
          'Het kader maakt maatwerk toetsbaar zonder het te standaardiseren.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tilburg-university',
        source: BRON_GEWOGEN_MAATWERK,
        sourceUrl: URL_GEWOGEN_MAATWERK,
        authorEmail: 'onderzoeker@tilburguniversity.example',
        annotations: [
          {
            authorEmail: 'j.postma@akc.example',
            motivation: AnnotationMotivation.SUPPORTING,
            body:
              'Voor arbeidsdeskundigen is juist het onderscheid tussen inhoud en bejegening waardevol: het geeft taal aan iets wat in adviezen vaak impliciet blijft.',
            references: [],
          },
          {
            authorEmail: 'm.bakker@hu.example',
            motivation: AnnotationMotivation.LINKING,
            body:
              'De vertaling van dit kader naar een lesmodule voor hbo-opleidingen wordt voorbereid; de projectbeschrijving staat op de site van het lectoraat.',
            references: ['https://www.hu.example/lectoraat/gewogen-maatwerk-in-het-onderwijs'],
          },
        ],
      },
      {
        text:
          'Voor ons is Gewogen Maatwerk de manier om te laten zien dat ruimte voor de klantmanager en resultaat samengaan. ' +
          'Het geeft klantmanagers taal om hun keuzes uit te leggen aan hun leidinggevende en aan de inwoner. ' +
          'Daarnaast is het het netwerk waarin we met andere gemeenten van elkaars onderzoek leren.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-tilburg',
        source: 'Programmaplan Economische veerkracht, Gemeente Tilburg, 2022',
        sourceUrl: 'https://www.tilburg.example/werk/economische-veerkracht',
        authorEmail: 'redacteur@tilburg.example',
        annotations: [],
      },
      {
        text:
          'In de praktijk is Gewogen Maatwerk een vaste reeks vragen in mijn hoofd: wat doe ik, hoe doe ik het en werkt het? ' +
          'Het dwingt me om na een paar maanden terug te kijken, in plaats van op de automatische piloot door te gaan.',
        perspective: Perspective.PRACTITIONER,
        organizationSlug: 'uwv',
        source: 'Ervaringsverhaal op een leerbijeenkomst van het lerend netwerk Gewogen Maatwerk, 2024',
        sourceUrl: null,
        authorEmail: 'professional@werkkennis.example',
        annotations: [
          {
            authorEmail: 'onderzoeker@tilburguniversity.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Het beeld van een vaste reeks vragen doet het kader deels tekort, omdat ook de theoretische onderbouwing achter de keuzes erbij hoort. ' +
              'Tegelijk laat deze ervaring zien dat het terugkijken in de praktijk het best beklijft.',
            references: [],
          },
        ],
      },
    ],
  },
  {
    slug: 'professionalisering',
    label: 'professionalisering',
    labelEn: 'professionalisation',
    altLabelsNl: ['professionaliseren', 'deskundigheidsbevordering'],
    altLabelsEn: ['professionalization'],
    abbreviations: [],
    scopeNote:
      'Het proces waarin het werk van re-integratieprofessionals beter onderbouwd, systematischer en methodischer wordt. ' +
      'Het speelt op het niveau van de professional, de organisatie en het beroep als geheel.',
    plainExplanation:
      'Professionalisering betekent dat mensen beter worden in hun vak, bijvoorbeeld door een opleiding te volgen of door samen te leren van ervaringen.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['professionele-praktijk'],
    relations: [{ kind: TermRelationKind.RELATED, termSlug: 'methodisch-werken' }],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Professionalisering is het verhogen van de kwaliteit, efficiëntie en effectiviteit van de re-integratiedienstverlening door te investeren in de deskundigheid van uitvoerders. ' +
          'Het gaat om opleiding, het gebruik van instrumenten waarvan de waarde is gebleken en heldere kwaliteitseisen aan het beroep. ' +
          'Zo worden de beschikbare middelen beter benut.',
        perspective: Perspective.MINISTRY,
        organizationSlug: 'ministerie-szw',
        source: 'Agenda Vakmanschap en professionalisering in het sociaal domein, ministerie van SZW, 2017',
        sourceUrl: 'https://www.szw.example/publicaties/agenda-vakmanschap',
        authorEmail: 'a.dekker@szw.example',
        annotations: [],
      },
      {
        text:
          'Professionalisering is de ontwikkeling van re-integratie tot een vak met een eigen kennisbasis, een eigen beroepsethiek en eigen opleidingsroutes. ' +
          'Het gaat niet alleen om individuele deskundigheid, maar ook om de vraag of beroepsgenoten elkaar aanspreken op kwaliteit. ' +
          'Zonder beroepsgemeenschap blijft professionalisering afhankelijk van de werkgever.',
        perspective: Perspective.EDUCATION,
        organizationSlug: 'hogeschool-utrecht',
        source: 'Lectoraatsplan Participatie en werk, Hogeschool Utrecht, 2021',
        sourceUrl: 'https://www.hu.example/lectoraat/participatie-en-werk',
        authorEmail: 'm.bakker@hu.example',
        annotations: [
          {
            authorEmail: 'w.degroot@nvva.example',
            motivation: AnnotationMotivation.SUPPORTING,
            body:
              'Voor arbeidsdeskundigen bestaat zo’n beroepsgemeenschap al, met registratie en intercollegiale toetsing. ' +
              'Voor werkcoaches en klantmanagers ontbreekt die grotendeels, en dat merk je in de samenwerking.',
            references: [],
          },
        ],
      },
      {
        text:
          'Professionalisering betekent voor ons dat medewerkers ruimte krijgen om te leren en hun werk te verbeteren, binnen een organisatie die daar tijd en begeleiding voor vrijmaakt. ' +
          'Het gaat niet om het volgen van zoveel mogelijk trainingen, maar om het toepassen van wat werkt in het dagelijkse werk.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-amersfoort',
        source: 'Opleidingsplan Werk en Inkomen 2023–2025, Gemeente Amersfoort, 2023',
        sourceUrl: null,
        authorEmail: 't.jansen@amersfoort.example',
        annotations: [],
      },
    ],
  },
  {
    slug: 'duurzame-werkhervatting',
    label: 'duurzame werkhervatting',
    labelEn: 'sustainable return to work',
    altLabelsNl: ['duurzame re-integratie', 'duurzame plaatsing', 'bestendige werkhervatting'],
    altLabelsEn: ['sustained return to work'],
    abbreviations: [],
    scopeNote:
      'Werkhervatting die standhoudt. ' +
      'Perspectieven verschillen in de termijn, in wat als werk meetelt en in de vraag of ook de kwaliteit van het werk en de gezondheid van de werkende meewegen.',
    plainExplanation:
      'Duurzame werkhervatting betekent dat iemand weer aan het werk gaat en aan het werk blijft. Het werk past bij de persoon en is lang vol te houden.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['uitkomsten'],
    relations: [{ kind: TermRelationKind.RELATED, termSlug: 'inclusief-werkgeverschap' }],
    definitionRelations: [
      {
        from: Perspective.UWV,
        kind: DefinitionRelationKind.NARROWER,
        to: Perspective.RESEARCH,
        statedByEmail: 'j.postma@akc.example',
        reason:
          'Zes maanden werken zonder terugval in de uitkering is één meetbaar deel van wat de onderzoeksdefinitie onder duurzaam verstaat.',
      },
    ],
    definitions: [
      {
        text:
          'Van duurzame werkhervatting is sprake als iemand na werkaanvaarding ten minste zes maanden aaneengesloten werkt en in die periode niet terugvalt in de uitkering. ' +
          'Deze afbakening maakt het mogelijk om de resultaten van re-integratie eenduidig in registerdata te volgen.',
        perspective: Perspective.UWV,
        organizationSlug: 'uwv',
        source: 'Monitor Re-integratieresultaten, UWV, 2021',
        sourceUrl: 'https://www.uwv.example/kennis/monitor-reintegratie',
        authorEmail: 'r.elkaoui@uwv.example',
        annotations: [],
      },
      {
        text:
          'Duurzame werkhervatting is een terugkeer naar werk dat past bij wat iemand waardevol vindt en kan, zodat het werk op lange termijn gezond en houdbaar is. ' +
          'Het gaat dus niet alleen om de duur van het dienstverband, maar ook om de kwaliteit van het werk en de gezondheid van de werkende. ' +
          'Het Capability voor Werk Model biedt hiervoor een bruikbaar kader.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'akc',
        source: 'Kennisdossier AKC, Duurzame inzetbaarheid en re-integratie, 2021',
        sourceUrl: 'https://www.akc.example/kennisdossiers/duurzame-inzetbaarheid',
        authorEmail: 'j.postma@akc.example',
        annotations: [
          {
            authorEmail: 'r.elkaoui@uwv.example',
            motivation: AnnotationMotivation.QUESTIONING,
            body:
              'Hoe zou je deze definitie meetbaar maken? ' +
              'Zonder een afspraak over de meting wordt het lastig om resultaten van gemeenten en UWV met elkaar te vergelijken.',
            references: [],
          },
          {
            authorEmail: 'onderzoeker@tilburguniversity.example',
            motivation: AnnotationMotivation.SUPPORTING,
            body:
              'In het project over waardengerichte re-integratie proberen we precies dit: naast de duur van het werk ook meten of mensen waarden als zinvol werk en erkenning kunnen realiseren.',
            references: [],
          },
        ],
      },
      {
        text:
          'Voor ons als werkgever is een plaatsing duurzaam als de medewerker na een jaar nog bij ons werkt, het werk zelfstandig kan doen en echt deel is geworden van het team. ' +
          'Een contract van zes maanden dat niet wordt verlengd, zien wij niet als succes, ook al telt het misschien mee in de statistieken.',
        perspective: Perspective.EMPLOYER,
        organizationSlug: 'zorggroep-de-vijf-eiken',
        source: 'Bijdrage aan de Leerkring Inclusief Werkgeven Brabant, 2024',
        sourceUrl: null,
        authorEmail: 'h.aydin@devijfeiken.example',
        annotations: [],
      },
    ],
  },
  {
    slug: 'werkhervatting',
    label: 'werkhervatting',
    labelEn: 'return to work',
    altLabelsNl: ['werkaanvaarding', 'terugkeer naar werk'],
    altLabelsEn: [],
    abbreviations: ['RTW'],
    scopeNote:
      'Het (weer) aan het werk gaan na een periode van werkloosheid, ziekte of arbeidsongeschiktheid. ' +
      'De discussie gaat vooral over wat meetelt: elke betaalde baan, een minimum aantal uren of volledige uitstroom uit de uitkering.',
    plainExplanation:
      'Werkhervatting betekent dat iemand weer gaat werken, bijvoorbeeld na een periode zonder werk of na ziekte.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['uitkomsten'],
    relations: [{ kind: TermRelationKind.NARROWER, termSlug: 'duurzame-werkhervatting' }],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Werkhervatting is het aanvaarden van betaald werk door iemand met een uitkering, waardoor de uitkering geheel of gedeeltelijk vervalt. ' +
          'In de beleidsmonitoring wordt werkhervatting meestal gemeten als uitstroom uit de uitkering vanwege werk.',
        perspective: Perspective.MINISTRY,
        organizationSlug: 'ministerie-szw',
        source: 'Toelichting Kerncijfers Werk en Inkomen, ministerie van SZW, 2023',
        sourceUrl: 'https://www.szw.example/cijfers/kerncijfers-werk-en-inkomen',
        authorEmail: 'a.dekker@szw.example',
        annotations: [],
      },
      {
        text:
          'Werkhervatting is voor mij elke stap waarbij iemand weer aan het werk gaat, ook als dat parttime is en de uitkering voorlopig blijft bestaan. ' +
          'Voor iemand die twee jaar thuis heeft gezeten, is twaalf uur per week werken een enorme stap, ook al zie je die niet terug in de uitstroomcijfers.',
        perspective: Perspective.PRACTITIONER,
        organizationSlug: 'uwv',
        source: 'Bijdrage aan een discussie op Werkkennis, 2024',
        sourceUrl: null,
        authorEmail: 'professional@werkkennis.example',
        annotations: [
          {
            authorEmail: 'e.vanleeuwen@tno.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Dit verschil tussen uitstroom en werkhervatting verklaart een deel van de uiteenlopende effectcijfers in evaluaties. ' +
              'Studies die alleen volledige uitstroom meten, missen gedeeltelijke werkhervatting.',
            references: [],
          },
        ],
      },
    ],
  },
  {
    slug: 're-integratie',
    label: 're-integratie',
    labelEn: 'vocational rehabilitation',
    altLabelsNl: ['reïntegratie', 'reintegratie', 'arbeidsre-integratie', 're-integratietraject'],
    altLabelsEn: ['return-to-work support'],
    abbreviations: [],
    scopeNote:
      'Alle activiteiten die erop gericht zijn iemand met een uitkering of met gezondheidsbeperkingen (weer) aan het werk te helpen. ' +
      'In het eerste spoor gaat het om terugkeer bij de eigen werkgever, in het tweede spoor om werk bij een andere werkgever.',
    plainExplanation:
      'Re-integratie is alle hulp om weer aan het werk te komen. Die hulp krijg je bijvoorbeeld van de gemeente, van UWV of van je werkgever.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['beleid-en-stelsel'],
    relations: [
      { kind: TermRelationKind.BROADER, termSlug: 'participatie' },
      { kind: TermRelationKind.RELATED, termSlug: 'werkhervatting' },
    ],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Re-integratie is de ondersteuning die gemeenten en UWV bieden om mensen met een uitkering naar betaald werk te begeleiden, en die werkgevers bieden aan zieke werknemers. ' +
          'Het doel is een zo snel mogelijke terugkeer naar werk, bij voorkeur bij een reguliere werkgever.',
        perspective: Perspective.MINISTRY,
        organizationSlug: 'ministerie-szw',
        source: 'Beleidsnotitie Re-integratie in het sociaal domein, ministerie van SZW, 2018',
        sourceUrl: null,
        authorEmail: 'a.dekker@szw.example',
        annotations: [],
      },
      {
        text:
          'Re-integratie is voor ons in de eerste plaats het terugbegeleiden van een zieke medewerker naar het eigen of aangepast werk, samen met de bedrijfsarts en de arbeidsdeskundige. ' +
          'Pas als dat niet lukt, komt het tweede spoor in beeld. ' +
          'Het is een gezamenlijke verantwoordelijkheid van werkgever en werknemer.',
        perspective: Perspective.EMPLOYER,
        organizationSlug: 'zorggroep-de-vijf-eiken',
        source: 'Verzuim- en re-integratiebeleid, Zorggroep De Vijf Eiken, 2023',
        sourceUrl: 'https://www.devijfeiken.example/werken-bij/verzuimbeleid',
        authorEmail: 'h.aydin@devijfeiken.example',
        annotations: [],
      },
      {
        text:
          'In de opleiding leren studenten re-integratie te zien als een proces van gedragsverandering dat zich afspeelt tussen persoon, werkgever en omgeving. ' +
          'Het is geen product dat wordt ingekocht, maar een samenwerking waarin sociaal werkers, psychologen en arbeidsdeskundigen elk een eigen bijdrage leveren.',
        perspective: Perspective.EDUCATION,
        organizationSlug: 'hogeschool-utrecht',
        source: 'Opleidingsprofiel minor Werk en Participatie, Hogeschool Utrecht, 2022',
        sourceUrl: 'https://www.hu.example/minors/werk-en-participatie',
        authorEmail: 'm.bakker@hu.example',
        annotations: [
          {
            authorEmail: 'j.postma@akc.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Het woord re-integratietraject suggereert een product met een begin en een eind. ' +
              'Deze definitie laat zien dat het onderwijs daar bewust afstand van neemt.',
            references: [],
          },
        ],
      },
    ],
  },
  {
    slug: 'werkzame-elementen',
    label: 'werkzame elementen',
    labelEn: 'active ingredients',
    altLabelsNl: ['werkzame factoren', 'werkzame ingrediënten'],
    altLabelsEn: ['common factors', 'effective elements'],
    abbreviations: [],
    scopeNote:
      'De onderdelen van een interventie of van de begeleiding waarvan wordt aangenomen of aangetoond dat ze bijdragen aan het effect. ' +
      'De discussie gaat over de vraag of werkzame elementen los van de interventie als geheel kunnen worden ingezet.',
    plainExplanation:
      'Werkzame elementen zijn de onderdelen van een aanpak die ervoor zorgen dat de aanpak werkt.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['bewijs-en-effect'],
    relations: [{ kind: TermRelationKind.RELATED, termSlug: 'methodisch-werken' }],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Werkzame elementen zijn de specifieke onderdelen van een interventie die aantoonbaar of aannemelijk bijdragen aan de beoogde uitkomst, zoals het snel zoeken naar betaald werk bij IPS. ' +
          'Daarnaast zijn er algemene werkzame factoren, zoals de werkrelatie tussen professional en cliënt, die in vrijwel elke begeleiding een rol spelen. ' +
          'Kennis over beide helpt om interventies aan te passen zonder hun werking te verliezen.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tno',
        source: 'Werkzame elementen in re-integratie-interventies: een overzichtsstudie, TNO, 2020',
        sourceUrl: 'https://www.tno.example/publicaties/werkzame-elementen',
        authorEmail: 'e.vanleeuwen@tno.example',
        annotations: [
          {
            authorEmail: 'professional@werkkennis.example',
            motivation: AnnotationMotivation.QUESTIONING,
            body:
              'Als ik werkzame elementen uit verschillende interventies combineer, mag ik dan nog zeggen dat ik evidence-based werk?',
            references: [],
          },
        ],
      },
      {
        text:
          'Werkzame elementen zijn voor ons de bouwstenen waarmee we het aanbod samenstellen. ' +
          'In plaats van complete programma’s in te kopen, kijken we welke elementen passen bij onze inwoners en onze organisatie, en brengen we die aan in de begeleiding die we al bieden.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-amsterdam',
        source: 'Inkoopkader re-integratie, Gemeente Amsterdam, 2023',
        sourceUrl: 'https://www.amsterdam.example/werk/inkoopkader-reintegratie',
        authorEmail: 'redacteur@amsterdam.example',
        annotations: [
          {
            authorEmail: 'e.vanleeuwen@tno.example',
            motivation: AnnotationMotivation.CONTESTING,
            body:
              'Het losknippen van elementen is verleidelijk, maar niet zonder risico. ' +
              'Bij IPS blijkt juist de samenhang tussen de onderdelen bepalend voor het effect; een element dat binnen een programma werkt, werkt daarbuiten niet vanzelf.',
            references: ['https://www.tno.example/publicaties/ips-overzicht'],
          },
        ],
      },
    ],
  },
  {
    slug: 'zelfeffectiviteit',
    label: 'zelfeffectiviteit',
    labelEn: 'self-efficacy',
    altLabelsNl: ['eigen effectiviteit', 'vertrouwen in eigen kunnen', 'geloof in eigen kunnen'],
    altLabelsEn: [],
    abbreviations: [],
    scopeNote:
      'Het vertrouwen dat iemand heeft om bepaald gedrag met succes uit te voeren, zoals solliciteren of een werkdag volhouden. ' +
      'Een van de determinanten in het integratief gedragsmodel.',
    plainExplanation:
      'Zelfeffectiviteit is het vertrouwen dat je iets kunt, bijvoorbeeld dat je een sollicitatiegesprek goed kunt voeren.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['bewijs-en-effect', 'uitkomsten'],
    relations: [{ kind: TermRelationKind.RELATED, termSlug: 'integratief-gedragsmodel' }],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Zelfeffectiviteit is de verwachting van een persoon dat hij of zij een specifiek gedrag, zoals het voeren van een sollicitatiegesprek, met succes kan uitvoeren. ' +
          'Het is taakgebonden en veranderbaar: het groeit vooral door eigen succeservaringen, het voorbeeld van anderen en aanmoediging. ' +
          'In het integratief gedragsmodel is het een van de determinanten van de intentie om werk te zoeken.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tilburg-university',
        source: BRON_GEWOGEN_MAATWERK,
        sourceUrl: URL_GEWOGEN_MAATWERK,
        authorEmail: 'onderzoeker@tilburguniversity.example',
        annotations: [],
      },
      {
        text:
          'In gesprekken herken je een lage zelfeffectiviteit aan zinnen als ‘dat lukt mij toch niet’. ' +
          'Voor mij betekent het werken aan kleine, haalbare stappen, zodat iemand merkt dat hij meer kan dan hij dacht. ' +
          'Het is iets anders dan motivatie: iemand kan heel graag willen en toch niet geloven dat het lukt.',
        perspective: Perspective.PRACTITIONER,
        organizationSlug: 'nvva',
        source: 'Verslag regiobijeenkomst arbeidsdeskundigen Zuid, NVvA, 2023',
        sourceUrl: null,
        authorEmail: 'w.degroot@nvva.example',
        annotations: [
          {
            authorEmail: 'm.bakker@hu.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Het onderscheid tussen willen en geloven dat het lukt is precies waar studenten in casusbesprekingen op vastlopen. ' +
              'Dit voorbeeld gebruik ik graag in het onderwijs.',
            references: [],
          },
        ],
      },
      {
        text:
          'Het is geloven dat je het kunt, ook als het de vorige keer misging. ' +
          'Dat vertrouwen groeit als iemand laat merken dat hij in je gelooft, en het krimpt als je steeds moet bewijzen dat je je best doet.',
        perspective: Perspective.CLIENT,
        organizationSlug: 'clientenraad-werk-en-inkomen-tilburg',
        source: BRON_CLIENTENRAAD,
        sourceUrl: URL_CLIENTENRAAD,
        authorEmail: 's.vermeulen@clientenraad-tilburg.example',
        annotations: [],
      },
    ],
  },
  {
    slug: 'inclusief-werkgeverschap',
    label: 'inclusief werkgeverschap',
    labelEn: 'inclusive employership',
    altLabelsNl: ['inclusief werkgeven', 'inclusief werkgeversgedrag', 'sociaal werkgeverschap'],
    altLabelsEn: ['inclusive employment'],
    abbreviations: [],
    scopeNote:
      'Werkgeverschap waarin ruimte is voor mensen met een afstand tot de arbeidsmarkt, van werving en functie-inrichting tot begeleiding en behoud. ' +
      'Perspectieven verschillen in de vraag of het gaat om aantallen plaatsingen of om een verandering in cultuur en organisatie.',
    plainExplanation:
      'Een inclusieve werkgever geeft ook mensen een baan die minder makkelijk werk vinden, bijvoorbeeld mensen met een beperking, en zorgt dat zij zich welkom voelen.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['beleid-en-stelsel'],
    relations: [{ kind: TermRelationKind.RELATED, termSlug: 'participatie' }],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Inclusief werkgeverschap betekent dat werkgevers mensen met een arbeidsbeperking in dienst nemen en houden, onder meer in het kader van de afspraken over extra banen. ' +
          'De overheid ondersteunt dit met instrumenten als loonkostensubsidie, de no-riskpolis en jobcoaching, en volgt de voortgang met een jaarlijkse monitor.',
        perspective: Perspective.MINISTRY,
        organizationSlug: 'ministerie-szw',
        source: 'Kamerbrief Naar een inclusieve arbeidsmarkt, ministerie van SZW, 2022',
        sourceUrl: 'https://www.szw.example/kamerstukken/inclusieve-arbeidsmarkt',
        authorEmail: 'a.dekker@szw.example',
        annotations: [
          {
            authorEmail: 'j.postma@akc.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Het tellen van banen zegt weinig over de kwaliteit en de duur ervan. ' +
              'De monitor zou aan waarde winnen met gegevens over behoud na twee jaar.',
            references: [],
          },
        ],
      },
      {
        text:
          'Inclusief werkgeven is voor ons geen quotum, maar een manier van organiseren: we kijken naar wat iemand kan en passen het werk daarop aan. ' +
          'Het lukt alleen als leidinggevenden en collega’s er tijd voor krijgen en als er iemand van buiten bereikbaar is wanneer het even niet loopt. ' +
          'Regelingen helpen, maar geven niet de doorslag.',
        perspective: Perspective.EMPLOYER,
        organizationSlug: 'zorggroep-de-vijf-eiken',
        source: 'Jaarverslag Zorggroep De Vijf Eiken, 2023',
        sourceUrl: 'https://www.devijfeiken.example/jaarverslag-2023',
        authorEmail: 'h.aydin@devijfeiken.example',
        annotations: [],
      },
      {
        text:
          'Inclusief werkgeverschap is gedrag van werkgevers en kan daarom worden verklaard en beïnvloed met dezelfde determinanten als het gedrag van werkzoekenden: houding, sociale norm, vertrouwen in eigen kunnen en drempels in de omgeving. ' +
          'Dit perspectief verschuift de vraag van ‘hoe maken we de werkzoekende geschikt’ naar ‘wat heeft de werkgever nodig’.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tilburg-university',
        source: 'Werkgeversgedrag en inclusie: een verkenning, Tilburg University, 2023',
        sourceUrl: 'https://www.tilburguniversity.example/inclusief-werkgeverschap',
        authorEmail: 'onderzoeker@tilburguniversity.example',
        annotations: [
          {
            authorEmail: 'r.elkaoui@uwv.example',
            motivation: AnnotationMotivation.LINKING,
            body:
              'De werkgeversenquête in Breda toetst deze benadering: het vertrouwen van werkgevers in hun eigen begeleidingskunnen blijkt er de sterkste voorspeller van aannamebereidheid.',
            references: ['https://www.breda.example/werk/inclusief-werkgeven/werkgeversenquete.pdf'],
          },
        ],
      },
    ],
  },
  {
    slug: 'bejegening',
    label: 'bejegening',
    labelEn: 'client treatment',
    altLabelsNl: ['benadering van de cliënt', 'omgang met de cliënt'],
    altLabelsEn: ['professional attitude'],
    abbreviations: [],
    scopeNote:
      'De manier waarop een professional de cliënt tegemoet treedt: toon, houding, respect en vertrouwen. ' +
      'In Gewogen Maatwerk is bejegening een van de drie vragen, naast wat je doet en welk effect je ziet.',
    plainExplanation:
      'Bejegening is hoe een begeleider met je omgaat: luistert hij naar je, neemt hij je serieus en legt hij dingen duidelijk uit?',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['professionele-praktijk'],
    relations: [],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Bejegening is hoe je je voelt als je na een afspraak weer buiten staat. ' +
          'Word je gezien als iemand die iets te bieden heeft, of als een dossier dat moet worden gecontroleerd? ' +
          'Een vriendelijke toon is fijn, maar goede bejegening betekent vooral dat er naar je wordt geluisterd en dat je niet bij elke vraag wordt gewantrouwd.',
        perspective: Perspective.CLIENT,
        organizationSlug: 'clientenraad-werk-en-inkomen-tilburg',
        source: BRON_CLIENTENRAAD,
        sourceUrl: URL_CLIENTENRAAD,
        authorEmail: 's.vermeulen@clientenraad-tilburg.example',
        annotations: [
          {
            authorEmail: 'a.dekker@szw.example',
            motivation: AnnotationMotivation.SUPPORTING,
            body:
              'Deze beschrijving sluit aan bij de lessen uit recente evaluaties in het sociaal domein: neem vertrouwen als uitgangspunt, tenzij er een concrete reden is om dat niet te doen.',
            references: [],
          },
        ],
      },
      {
        text:
          'Bejegening is de relationele kant van een interventie: de houding en communicatie waarmee de professional de inhoud overbrengt. ' +
          'Dezelfde interventie kan door een andere bejegening een ander effect hebben, bijvoorbeeld doordat vertrouwen en autonomie worden versterkt of juist ondermijnd. ' +
          'Daarom beschrijft Gewogen Maatwerk de bejegening apart van de inhoud.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tilburg-university',
        source: BRON_GEWOGEN_MAATWERK,
        sourceUrl: URL_GEWOGEN_MAATWERK,
        authorEmail: 'onderzoeker@tilburguniversity.example',
        annotations: [],
      },
      {
        text:
          'Bejegening is bij ons onderdeel van de kwaliteitsnorm voor de dienstverlening: inwoners worden respectvol, begrijpelijk en zonder vooroordelen te woord gestaan. ' +
          'We meten dit met een klanttevredenheidsonderzoek en bespreken de uitkomsten in de teams.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-tilburg',
        source: 'Kwaliteitsnorm Dienstverlening Werk en Inkomen, Gemeente Tilburg, 2020',
        sourceUrl: null,
        authorEmail: 'redacteur@tilburg.example',
        annotations: [
          {
            authorEmail: 'e.vanleeuwen@tno.example',
            motivation: AnnotationMotivation.QUESTIONING,
            body:
              'Meet klanttevredenheid wel bejegening? ' +
              'Tevredenheid hangt sterk samen met de uitkomst van een aanvraag, los van de manier waarop iemand is behandeld.',
            references: [],
          },
        ],
      },
    ],
  },
  {
    slug: 'methodisch-werken',
    label: 'methodisch werken',
    labelEn: 'methodical practice',
    altLabelsNl: ['methodisch handelen', 'systematisch werken', 'planmatig werken'],
    altLabelsEn: ['systematic practice'],
    abbreviations: [],
    scopeNote:
      'Werken volgens een bewuste, navolgbare opbouw van analyse, doel, aanpak, uitvoering en evaluatie. ' +
      'De discussie gaat over de vraag hoeveel ruimte een methode laat voor het eigen oordeel.',
    plainExplanation:
      'Methodisch werken is werken volgens een plan. Je weet wat je wilt bereiken, je kiest welke stappen je zet en je kijkt achteraf of het gelukt is.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['professionele-praktijk', 'bewijs-en-effect'],
    relations: [],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Methodisch werken is een doelgerichte, bewuste en systematische manier van handelen in stappen: vraagverheldering, analyse, plan, uitvoering en evaluatie. ' +
          'In de opleiding leren studenten elke stap te onderbouwen en te verbinden met theorie. ' +
          'De methode ondersteunt het denken, maar vervangt het niet.',
        perspective: Perspective.EDUCATION,
        organizationSlug: 'hogeschool-utrecht',
        source: 'Handboek Methodisch handelen, Hogeschool Utrecht, 2020',
        sourceUrl: null,
        authorEmail: 'm.bakker@hu.example',
        annotations: [],
      },
      {
        text:
          'Methodisch werken is werken volgens de vastgestelde werkprocessen en instrumenten, zodat de dienstverlening in het hele land op dezelfde manier en met dezelfde kwaliteit wordt uitgevoerd. ' +
          'Werkcoaches leggen hun stappen vast in het klantdossier, zodat een collega het traject kan overnemen.',
        perspective: Perspective.UWV,
        organizationSlug: 'uwv',
        source: 'Werkinstructie Dienstverlening WW, UWV, 2022',
        sourceUrl: 'https://www.uwv.example/werkinstructies/dienstverlening-ww',
        authorEmail: 'r.elkaoui@uwv.example',
        annotations: [
          {
            authorEmail: 'w.degroot@nvva.example',
            motivation: AnnotationMotivation.CONTESTING,
            body:
              'Dit is eerder protocollair dan methodisch werken. ' +
              'Het volgen van een werkproces garandeert niet dat de professional bewust afweegt; methodisch werken vraagt juist dat je kunt uitleggen waarom je een stap zet, ook als je van het proces afwijkt.',
            references: [],
          },
        ],
      },
      {
        text:
          'Methodisch werken betekent dat ik aan het begin van een traject opschrijf wat ik denk dat er speelt en wat ik wil bereiken, en dat ik daar later op terugkom. ' +
          'Dat klinkt vanzelfsprekend, maar in de waan van de dag schiet juist dat terugkijken er vaak bij in.',
        perspective: Perspective.PRACTITIONER,
        organizationSlug: 'uwv',
        source: 'Bijdrage aan een leerbijeenkomst van het lerend netwerk Gewogen Maatwerk, 2024',
        sourceUrl: null,
        authorEmail: 'professional@werkkennis.example',
        annotations: [],
      },
    ],
  },
  {
    slug: 'participatie',
    label: 'participatie',
    labelEn: 'participation',
    altLabelsNl: ['meedoen', 'maatschappelijke participatie'],
    altLabelsEn: ['social participation'],
    abbreviations: [],
    scopeNote:
      'Meedoen in de samenleving, via betaald werk of op andere manieren zoals vrijwilligerswerk of mantelzorg. ' +
      'De Participatiewet legt de nadruk op werk; anderen kijken breder.',
    plainExplanation:
      'Participatie betekent meedoen in de maatschappij, bijvoorbeeld met betaald werk, vrijwilligerswerk of een opleiding.',
    status: TermStatus.ADMITTED,
    collectionSlugs: ['beleid-en-stelsel', 'uitkomsten'],
    relations: [],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Participatie is naar vermogen meedoen in de samenleving, bij voorkeur via betaald werk. ' +
          'De Participatiewet gaat ervan uit dat iedereen die kan werken maar dat niet zelfstandig redt, ondersteuning krijgt om aan de slag te gaan. ' +
          'Waar betaald werk (nog) niet haalbaar is, kan vrijwilligerswerk een tussenstap zijn.',
        perspective: Perspective.MINISTRY,
        organizationSlug: 'ministerie-szw',
        source: 'Toelichting op de Participatiewet, ministerie van SZW, 2015',
        sourceUrl: 'https://www.szw.example/participatiewet/toelichting',
        authorEmail: 'a.dekker@szw.example',
        annotations: [],
      },
      {
        text:
          'Participatie is voor ons breder dan werk: ook wie mantelzorg geeft, vrijwilligerswerk doet of een taalcursus volgt, doet mee. ' +
          'We kijken per inwoner wat de volgende stap is, en dat hoeft niet altijd een baan te zijn. ' +
          'Betaald werk blijft wel het perspectief waar we samen naartoe werken als dat haalbaar is.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-amsterdam',
        source: 'Koersdocument Werk, Participatie en Inkomen, Gemeente Amsterdam, 2022',
        sourceUrl: 'https://www.amsterdam.example/werk/koersdocument',
        authorEmail: 'redacteur@amsterdam.example',
        annotations: [],
      },
      {
        text:
          'Participatie is erbij horen. ' +
          'Dat kan met werk, maar ik ken genoeg mensen die werken en zich toch buitengesloten voelen, en mensen zonder baan die overal bij betrokken zijn.',
        perspective: Perspective.CLIENT,
        organizationSlug: 'clientenraad-werk-en-inkomen-tilburg',
        source: BRON_CLIENTENRAAD,
        sourceUrl: URL_CLIENTENRAAD,
        authorEmail: 's.vermeulen@clientenraad-tilburg.example',
        annotations: [
          {
            authorEmail: 'onderzoeker@tilburguniversity.example',
            motivation: AnnotationMotivation.COMMENTING,
            body:
              'Deze definitie legt de nadruk op ervaren erbij horen in plaats van op activiteiten. ' +
              'Dat sluit aan bij de capability-benadering, waarin het gaat om wat mensen daadwerkelijk kunnen zijn en doen.',
            references: [],
          },
        ],
      },
    ],
  },
  {
    slug: 'integratief-gedragsmodel',
    label: 'integratief gedragsmodel',
    labelEn: 'integrative model of behavioral prediction',
    altLabelsNl: ['integratief model', 'integratief model van gedragsvoorspelling'],
    altLabelsEn: ['integrated behavioural model'],
    abbreviations: [],
    scopeNote:
      'Een theoretisch model dat gedrag verklaart uit de intentie, die wordt bepaald door houding, sociale norm en eigen effectiviteit, aangevuld met vaardigheden en omgevingsfactoren. ' +
      'In Gewogen Maatwerk is het de basis voor de vraag wat je precies doet.',
    plainExplanation:
      'Het integratief gedragsmodel is een theorie die uitlegt waarom mensen iets wel of niet doen. Het kijkt onder meer naar wat iemand zelf wil, wat anderen ervan vinden en wat iemand denkt te kunnen.',
    status: TermStatus.PREFERRED,
    collectionSlugs: ['bewijs-en-effect'],
    relations: [],
    definitionRelations: [],
    definitions: [
      {
        text:
          'Het integratief gedragsmodel verklaart gedrag, zoals solliciteren of werk hervatten, uit de intentie om dat gedrag te vertonen en uit de vaardigheden en belemmeringen die de uitvoering beïnvloeden. ' +
          'De intentie zelf wordt bepaald door houding, waargenomen sociale norm en eigen effectiviteit. ' +
          'Zo maakt het model zichtbaar aan welke knoppen een interventie kan draaien.',
        perspective: Perspective.RESEARCH,
        organizationSlug: 'tno',
        source: 'Gedragsmodellen voor re-integratie, TNO, 2019',
        sourceUrl: 'https://www.tno.example/publicaties/gedragsmodellen-reintegratie',
        authorEmail: 'e.vanleeuwen@tno.example',
        annotations: [],
      },
      {
        text:
          'In het onderwijs gebruiken we het integratief gedragsmodel als analysekader: studenten bepalen bij een casus eerst welke determinant het gedrag het sterkst remt, voordat zij een interventie kiezen. ' +
          'Zo leren ze dat ‘niet gemotiveerd’ vaak een te snelle conclusie is.',
        perspective: Perspective.EDUCATION,
        organizationSlug: 'hogeschool-utrecht',
        source: 'Conceptlesmodule Gewogen Maatwerk, Hogeschool Utrecht, 2025',
        sourceUrl: 'https://www.hu.example/lectoraat/gewogen-maatwerk-in-het-onderwijs',
        authorEmail: 'm.bakker@hu.example',
        annotations: [],
      },
      {
        text:
          'Voor onze trajectbegeleiders en hun leidinggevenden is het integratief gedragsmodel de gedeelde taal in het werkoverleg. ' +
          'Het helpt om te bespreken waarom een kandidaat vastloopt en wat we daaraan doen, in plaats van alleen over aantallen te praten.',
        perspective: Perspective.MUNICIPALITY,
        organizationSlug: 'gemeente-amsterdam',
        source:
          'Handleiding Aansturen met het integratief gedragsmodel, Gemeente Amsterdam en Tilburg University, 2023',
        sourceUrl: 'https://www.amsterdam.example/werk/integratief-gedragsmodel',
        authorEmail: 'redacteur@amsterdam.example',
        annotations: [
          {
            authorEmail: 'professional@werkkennis.example',
            motivation: AnnotationMotivation.QUESTIONING,
            body:
              'Hoe ga je om met situaties waarin de belemmering helemaal buiten de kandidaat ligt, zoals een gebrek aan kinderopvang? ' +
              'Het model benoemt omgevingsfactoren, maar de begeleider heeft daar vaak weinig invloed op.',
            references: [],
          },
        ],
      },
    ],
  },
];
