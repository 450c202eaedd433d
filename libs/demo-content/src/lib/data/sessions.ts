import { Perspective } from '@werkkennis/kernel';
import { SessionKind } from '@werkkennis/network';
import type { DemoSession, DemoTermTimeline } from '../demo-data.types';

const { MINISTRY, UWV, MUNICIPALITY, RESEARCH, PRACTITIONER, CLIENT, EDUCATION } = Perspective;

/**
 * When the definitions of the two terms of the session series were written and when researchers
 * stated how they relate: spread over the series, so their timelines show what followed each
 * session. Fictional dates.
 */
export const termTimelines: DemoTermTimeline[] = [
  {
    termSlug: 'vakmanschap',
    definitionsAddedOn: { [MINISTRY]: '2024-09-16', [MUNICIPALITY]: '2024-10-21', [RESEARCH]: '2025-02-04', [CLIENT]: '2025-04-02' },
    relationsStatedOn: [
      { from: RESEARCH, to: MINISTRY, on: '2025-02-11' },
      { from: MUNICIPALITY, to: MINISTRY, on: '2025-04-08' },
      { from: CLIENT, to: RESEARCH, on: '2025-06-24' },
    ],
  },
  {
    termSlug: 'evidence-based-werken',
    definitionsAddedOn: { [MINISTRY]: '2024-09-16', [RESEARCH]: '2025-02-06', [PRACTITIONER]: '2025-04-03' },
    relationsStatedOn: [
      { from: MINISTRY, to: RESEARCH, on: '2025-04-10' },
      { from: PRACTITIONER, to: RESEARCH, on: '2025-06-26' },
    ],
  },
];

/**
 * A fictional series of three sessions on vakmanschap and evidence-based werken, after the
 * pattern of the ministry's study: experts from other fields first, then the field itself,
 * then the knowledge institutes. Every sentence is written for the demo.
 */
export const sessions: DemoSession[] = [
  {
    kind: SessionKind.EXPERTBIJEENKOMST,
    title: 'Vakmanschap in andere domeinen',
    heldOn: '2025-01-28',
    organiserSlug: 'tilburg-university',
    recordedByEmail: 'onderzoeker@tilburguniversity.example',
    summary:
      'Deskundigen uit zorg, onderwijs en jeugdhulp vertelden hoe hun vakgebied professionalisering heeft aangepakt. ' +
      'De rode draad: vakmanschap groeit waar professionals ruimte krijgen om af te wegen en die afweging met collega\'s bespreken, ' +
      'niet waar alleen protocollen worden voorgeschreven.',
    participants: [
      { organizationSlug: 'tilburg-university', perspective: RESEARCH, contribution: 'Bracht het onderscheid in tussen methodisch handelen en het volgen van een vast stappenplan.' },
      { organizationSlug: 'tno', perspective: RESEARCH, contribution: 'Liet zien hoe in de bedrijfsgezondheidszorg richtlijnen en eigen oordeel naast elkaar bestaan.' },
      { organizationSlug: 'hogeschool-utrecht', perspective: EDUCATION, contribution: 'Vertelde hoe opleidingen reflectie op de eigen praktijk oefenen, en waar dat in het werk verwatert.' },
      { organizationSlug: 'nvva', perspective: PRACTITIONER, contribution: 'Vroeg aandacht voor de tijd die een zorgvuldige afweging kost in een volle werkweek.' },
    ],
    agenda: [
      {
        termSlug: 'vakmanschap',
        meetingPoints: 'Iedereen aan tafel ziet vakmanschap als meer dan kennis van regels: het gaat om afwegen in de concrete situatie.',
        differences: 'Onderzoekers leggen de nadruk op onderbouwing, de beroepsvereniging op ervaring en intervisie. Of vakmanschap meetbaar moet zijn, bleef open.',
        followUp: 'Tilburg University schrijft een definitie vanuit onderzoek en legt vast waar die botst met de beleidsdefinitie.',
        definitions: [RESEARCH],
        relations: [{ from: RESEARCH, to: MINISTRY }],
        annotations: [],
      },
      {
        termSlug: 'evidence-based-werken',
        meetingPoints: 'Bewijs uit onderzoek is één bron; de deskundigen noemden daarnaast de ervaring van de professional en de wensen van de cliënt.',
        differences: 'Niet iedereen wil het woord "evidence-based" houden: sommigen spreken liever van "onderbouwd werken".',
        followUp: 'TNO formuleert een definitie die de drie bronnen van kennis noemt.',
        definitions: [RESEARCH],
        relations: [],
        annotations: [],
      },
    ],
  },
  {
    kind: SessionKind.STAKEHOLDERBIJEENKOMST,
    title: 'Waar verschillen we, waar vinden we elkaar?',
    heldOn: '2025-03-25',
    organiserSlug: 'ministerie-szw',
    recordedByEmail: 'onderzoeker@tilburguniversity.example',
    summary:
      'Beleid, uitvoering en cliënten legden hun betekenissen van vakmanschap en evidence-based werken naast elkaar. ' +
      'De verschillen bleken minder in de woorden te zitten dan in wat ieder ermee wil bereiken: verantwoording, ruimte voor maatwerk of erkenning.',
    participants: [
      { organizationSlug: 'ministerie-szw', perspective: MINISTRY, contribution: 'Legde uit waarom het beleid vakmanschap koppelt aan aantoonbare resultaten.' },
      { organizationSlug: 'uwv', perspective: UWV, contribution: 'Schetste hoe werkinstructies en eigen afweging in de dagelijkse praktijk samengaan.' },
      { organizationSlug: 'gemeente-tilburg', perspective: MUNICIPALITY, contribution: 'Benadrukte dat vakmanschap bij een gemeente ook betekent: de inwoner en zijn omgeving kennen.' },
      { organizationSlug: 'divosa', perspective: MUNICIPALITY, contribution: 'Vroeg hoe gemeenten zonder eigen onderzoeksafdeling bij bewijs kunnen komen.' },
      { organizationSlug: 'clientenraad-werk-en-inkomen-tilburg', perspective: CLIENT, contribution: 'Vertelde wat cliënten merken van vakmanschap: of er echt naar hen geluisterd wordt.' },
      { organizationSlug: 'nvva', perspective: PRACTITIONER, contribution: 'Liet zien hoe arbeidsdeskundigen bewijs en eigen oordeel in één advies samenbrengen.' },
    ],
    agenda: [
      {
        termSlug: 'vakmanschap',
        meetingPoints: 'Alle partijen willen dat de professional kan uitleggen waarom hij iets doet.',
        differences:
          'Het ministerie ziet vakmanschap vooral als iets wat zich in resultaten moet tonen; gemeente en cliëntenraad zien het in de manier van werken en in de relatie met de inwoner.',
        followUp: 'De cliëntenraad schrijft een definitie vanuit cliënten; de onderzoekers leggen vast waar de gemeentelijke definitie botst met de beleidsdefinitie.',
        definitions: [CLIENT],
        relations: [{ from: MUNICIPALITY, to: MINISTRY }],
        annotations: [],
      },
      {
        termSlug: 'evidence-based-werken',
        meetingPoints: 'Niemand wil dat bewijs het oordeel van de professional vervangt; iedereen wil weten wat werkt.',
        differences: 'Voor de uitvoering telt bruikbaarheid in de spreekkamer, voor beleid de sterkte van het bewijs.',
        followUp: 'De beroepsvereniging schrijft een definitie vanuit de praktijk; de onderzoekers bepalen hoe de beleidsdefinitie zich tot die van onderzoek verhoudt.',
        definitions: [PRACTITIONER],
        relations: [{ from: MINISTRY, to: RESEARCH }],
        annotations: [],
      },
    ],
  },
  {
    kind: SessionKind.AFTER_SESSIE_KENNISINSTELLINGEN,
    title: 'Wat betekent dit voor ons onderzoek?',
    heldOn: '2025-06-17',
    organiserSlug: 'tno',
    recordedByEmail: 'onderzoeker@tilburguniversity.example',
    summary:
      'De kennisinstellingen bespraken de opbrengst van de eerdere bijeenkomsten. Afgesproken is dat onderzoek voortaan bij de opzet vermeldt ' +
      'welke betekenis van vakmanschap en van evidence-based werken het hanteert, zodat uitkomsten vergelijkbaar worden.',
    participants: [
      { organizationSlug: 'tno', perspective: RESEARCH, contribution: 'Stelde voor om in elk onderzoeksvoorstel de gebruikte definitie te noemen.' },
      { organizationSlug: 'tilburg-university', perspective: RESEARCH, contribution: 'Liet zien waar de definitie van cliënten binnen die van onderzoek valt.' },
      { organizationSlug: 'rijksuniversiteit-groningen', perspective: RESEARCH, contribution: 'Waarschuwde voor één definitie die alle verschillen wegpoetst.' },
      { organizationSlug: 'hogeschool-van-amsterdam', perspective: EDUCATION, contribution: 'Vroeg om definities die studenten in hun stage kunnen gebruiken.' },
      { organizationSlug: 'akc', perspective: RESEARCH, contribution: 'Zag overeenstemming tussen de praktijkdefinitie en die van onderzoek.' },
    ],
    agenda: [
      {
        termSlug: 'vakmanschap',
        meetingPoints: 'De definitie van cliënten blijkt een deel van de definitie vanuit onderzoek: beide draaien om de afweging in de relatie met de cliënt.',
        differences: 'De botsing met de beleidsdefinitie blijft: resultaat of werkwijze als maatstaf.',
        followUp: 'Onderzoekers noemen in nieuwe voorstellen welke definitie van vakmanschap zij gebruiken.',
        definitions: [],
        relations: [{ from: CLIENT, to: RESEARCH }],
        annotations: [{ on: CLIENT, authorEmail: 'onderzoeker@tilburguniversity.example' }],
      },
      {
        termSlug: 'evidence-based-werken',
        meetingPoints: 'De definitie vanuit de praktijk en die vanuit onderzoek zeggen in andere woorden hetzelfde.',
        differences: 'Hoe zwaar de voorkeur van de cliënt weegt tegenover het bewijs, verschilt per instelling.',
        followUp: 'Het AKC legt vast dat de praktijkdefinitie en de onderzoeksdefinitie overeenkomen.',
        definitions: [],
        relations: [{ from: PRACTITIONER, to: RESEARCH }],
        annotations: [],
      },
    ],
  },
];
