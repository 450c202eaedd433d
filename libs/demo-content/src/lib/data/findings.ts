import { EffectDirection, FindingKind, FindingOutcome, StudyDesign } from '@werkkennis/kernel';
import type { DemoFinding } from '../demo-data.types';

/**
 * Findings (results) of the published demo projects. Effects are deliberately modest;
 * documents live at fictional `.example` addresses.
 */
export const findings: DemoFinding[] = [
  // Economische veerkracht van alleenstaande moeders (Tilburg)
  {
    projectSlug: 'economische-veerkracht-alleenstaande-moeders',
    title: 'Moeders ervaren meer vertrouwen in hun klantmanager',
    summary:
      'In diepte-interviews vertelden moeders dat zij zich voor het eerst gehoord voelden over hun financiële zorgen. ' +
      'Het doorrekenen van wat werk netto oplevert nam de angst weg dat werken hen armer zou maken. ' +
      'Een deel van de moeders bleef wantrouwig door eerdere ervaringen met terugvorderingen van toeslagen.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.TRUST,
    population: 'Alleenstaande moeders in de bijstand met ten minste één kind jonger dan twaalf jaar',
    design: StudyDesign.QUALITATIVE,
    sampleSize: 24,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: null,
    documentLinks: [
      'https://www.tilburg.example/werk/economische-veerkracht/interviewstudie-2024.pdf',
    ],
  },
  {
    projectSlug: 'economische-veerkracht-alleenstaande-moeders',
    title: 'Tussenmeting: kleine winst in financiële veerkracht na twaalf maanden',
    summary:
      'Moeders die de integrale begeleiding kregen, scoorden na twaalf maanden iets hoger op de schaal voor financiële veerkracht dan moeders in de vergelijkingsgroep. ' +
      'Het verschil is klein en de eindmeting na achttien maanden moet uitwijzen of het standhoudt.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.ECONOMIC_RESILIENCE,
    population: 'Alleenstaande moeders in de bijstand in Tilburg, interventie- en vergelijkingswijken',
    design: StudyDesign.QUASI_EXPERIMENT,
    sampleSize: 312,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: '+0,4 punt op een schaal van 1 tot 10 (d = 0,24)',
    documentLinks: [
      'https://www.tilburg.example/werk/economische-veerkracht/tussenrapportage-2024.pdf',
      'https://www.tilburguniversity.example/gewogen-maatwerk/veerkracht-tussenmeting',
    ],
  },
  {
    projectSlug: 'economische-veerkracht-alleenstaande-moeders',
    title: 'Geregelde kinderopvang voorspelt werkaanvaarding',
    summary:
      'In het bestand van de gemeente bleek het hebben van geregelde kinderopvang bij de start de sterkste voorspeller van werkaanvaarding binnen een jaar, sterker dan opleidingsniveau. ' +
      'Dat onderstreept het belang van praktische drempels in de omgeving naast motivatie.',
    kind: FindingKind.PREDICTOR,
    outcome: FindingOutcome.BENEFIT_OUTFLOW,
    population: 'Alle alleenstaande ouders in de Tilburgse bijstand, 2019–2022',
    design: StudyDesign.COHORT,
    sampleSize: 1140,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: 'OR 1,9 (95%-BI 1,4–2,6)',
    documentLinks: ['https://www.tilburg.example/werk/economische-veerkracht/bestandsanalyse.pdf'],
  },
  // Werk en schulden (Tilburg)
  {
    projectSlug: 'werk-en-schulden-tilburg',
    title: 'Gecombineerd traject leidt niet tot snellere uitstroom',
    summary:
      'Na twaalf maanden was de uitstroom naar werk in het gecombineerde traject vrijwel gelijk aan die in de gebruikelijke aanpak. ' +
      'Wel bleven deelnemers vaker in contact met hun werkcoach, wat op langere termijn verschil kan maken.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.BENEFIT_OUTFLOW,
    population: 'Bijstandsgerechtigden met problematische schulden',
    design: StudyDesign.QUASI_EXPERIMENT,
    sampleSize: 486,
    effectDirection: EffectDirection.NO_EFFECT,
    effectSize: '+1 procentpunt uitstroom na 12 maanden (95%-BI −4 tot +6)',
    documentLinks: ['https://www.tilburg.example/werk/schulden-en-werk/eindrapport.pdf'],
  },
  {
    projectSlug: 'werk-en-schulden-tilburg',
    title: 'Minder ervaren stress bij één plan voor schulden en werk',
    summary:
      'Deelnemers aan het gecombineerde traject rapporteerden minder stress dan de vergelijkingsgroep. ' +
      'Zij noemden vooral het ene aanspreekpunt en de duidelijke volgorde van afspraken als verlichting.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.WELLBEING,
    population: 'Bijstandsgerechtigden met problematische schulden',
    design: StudyDesign.QUASI_EXPERIMENT,
    sampleSize: 486,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: '−2,1 punt op de stressschaal PSS-10 (d = 0,31)',
    documentLinks: ['https://www.tilburg.example/werk/schulden-en-werk/eindrapport.pdf'],
  },
  // Integratief gedragsmodel (Amsterdam)
  {
    projectSlug: 'integratief-gedragsmodel-amsterdam',
    title: 'Iets hogere uitstroom in teams die sturen met het integratief gedragsmodel',
    summary:
      'Na twaalf maanden stroomden kandidaten van teams die de werkwijze volgden iets vaker uit de bijstand dan kandidaten van vergelijkbare teams. ' +
      'Het verschil is bescheiden en de eindmeting volgt na vierentwintig maanden.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.BENEFIT_OUTFLOW,
    population: 'Bijstandsgerechtigden begeleid door acht interventieteams en acht vergelijkingsteams',
    design: StudyDesign.QUASI_EXPERIMENT,
    sampleSize: 2380,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: '+3 procentpunt uitstroom na 12 maanden (95%-BI 0,4–5,6)',
    documentLinks: [
      'https://www.amsterdam.example/werk/integratief-gedragsmodel/tussenrapportage.pdf',
    ],
  },
  {
    projectSlug: 'integratief-gedragsmodel-amsterdam',
    title: 'Uitvoering verschilt sterk per team',
    summary:
      'In vijf van de acht interventieteams voerden leidinggevenden de maandelijkse casusgesprekken consequent. ' +
      'In de andere teams werden ze verdrongen door productieoverleg en hoge caseloads. ' +
      'Waar de gesprekken doorgingen, konden begeleiders hun keuzes aantoonbaar beter onderbouwen.',
    kind: FindingKind.IMPLEMENTATION,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'Leidinggevenden en trajectbegeleiders van de interventieteams',
    design: StudyDesign.MIXED_METHODS,
    sampleSize: 64,
    effectDirection: EffectDirection.MIXED,
    effectSize: null,
    documentLinks: ['https://www.amsterdam.example/werk/integratief-gedragsmodel/procesevaluatie.pdf'],
  },
  {
    projectSlug: 'integratief-gedragsmodel-amsterdam',
    title: 'Trajectbegeleiders ervaren meer werkplezier',
    summary:
      'Trajectbegeleiders in de interventieteams gaven hun werkplezier en de steun van hun leidinggevende een hoger cijfer dan collega’s in de vergelijkingsteams. ' +
      'Zij noemden het gesprek over de inhoud in plaats van over aantallen als belangrijkste verschil.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.JOB_SATISFACTION,
    population: 'Trajectbegeleiders van de interventie- en vergelijkingsteams',
    design: StudyDesign.SURVEY,
    sampleSize: 118,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: '+0,5 punt werkplezier op een schaal van 1 tot 7',
    documentLinks: ['https://www.amsterdam.example/werk/integratief-gedragsmodel/medewerkerspeiling.pdf'],
  },
  // IPS (Amsterdam)
  {
    projectSlug: 'ips-bijstand-amsterdam',
    title: 'IPS verhoogt de kans op duurzaam betaald werk',
    summary:
      'Van de deelnemers met IPS had 34 procent binnen achttien maanden ten minste drie maanden aaneengesloten betaald werk, tegenover 21 procent in de controlegroep. ' +
      'Het effect was vergelijkbaar voor mannen en vrouwen.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.SUSTAINED_RETURN_TO_WORK,
    population: 'Bijstandsgerechtigden met psychische klachten die wilden werken',
    design: StudyDesign.RCT,
    sampleSize: 208,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: 'RR 1,6 (95%-BI 1,1–2,4); 34% tegenover 21%',
    documentLinks: [
      'https://www.amsterdam.example/werk/ips/eindrapport.pdf',
      'https://www.tno.example/publicaties/ips-bijstand-amsterdam',
    ],
  },
  {
    projectSlug: 'ips-bijstand-amsterdam',
    title: 'Geen verschil in welzijn na achttien maanden',
    summary:
      'Op ervaren welzijn en psychische klachten scoorden beide groepen na achttien maanden gelijk. ' +
      'Deelnemers die werk vonden, rapporteerden wel meer welzijn, ongeacht de groep waarin zij zaten.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.WELLBEING,
    population: 'Bijstandsgerechtigden met psychische klachten die wilden werken',
    design: StudyDesign.RCT,
    sampleSize: 208,
    effectDirection: EffectDirection.NO_EFFECT,
    effectSize: 'Verschil 0,1 punt op de MHI-5 (95%-BI −2,8 tot 3,0)',
    documentLinks: ['https://www.amsterdam.example/werk/ips/eindrapport.pdf'],
  },
  {
    projectSlug: 'ips-bijstand-amsterdam',
    title: 'Samenwerking met de ggz is bepalend voor modelgetrouwheid',
    summary:
      'Teams met een vaste trajectbegeleider in het behandeloverleg haalden een goede modelgetrouwheid; teams zonder die plek bleven steken op matig. ' +
      'Het inrichten van de samenwerking kostte meer tijd dan vooraf was voorzien.',
    kind: FindingKind.IMPLEMENTATION,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'IPS-teams van gemeente en ggz-aanbieders',
    design: StudyDesign.MIXED_METHODS,
    sampleSize: 12,
    effectDirection: EffectDirection.MIXED,
    effectSize: 'Gemiddeld 98 van 125 punten op de modelgetrouwheidsschaal (spreiding 81–112)',
    documentLinks: ['https://www.amsterdam.example/werk/ips/procesevaluatie.pdf'],
  },
  // Opwaartse mobiliteit (Amersfoort)
  {
    projectSlug: 'opwaartse-mobiliteit-amersfoort',
    title: 'Werkenden voelen zich serieus genomen in hun ambitie',
    summary:
      'Deelnemers waardeerden dat de loopbaancoach niet vanuit de uitkering maar vanuit hun wensen het gesprek begon. ' +
      'Meerdere deelnemers gaven aan voor het eerst te durven nadenken over een opleiding. ' +
      'Gebrek aan tijd naast werk en zorg bleef de grootste belemmering.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.SELF_EFFICACY,
    population: 'Werkenden met een inkomen tot 120 procent van het sociaal minimum',
    design: StudyDesign.QUALITATIVE,
    sampleSize: 30,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: null,
    documentLinks: ['https://www.amersfoort.example/werk/opwaartse-mobiliteit/ervaringen-deelnemers.pdf'],
  },
  {
    projectSlug: 'opwaartse-mobiliteit-amersfoort',
    title: 'Werkgevers moeilijk te betrekken bij doorgroeiroutes',
    summary:
      'Van de benaderde werkgevers was een kwart bereid mee te denken over doorgroeiroutes, vooral grotere bedrijven met een eigen opleidingsbudget. ' +
      'Kleine werkgevers zagen vooral het risico dat een werknemer na scholing vertrekt.',
    kind: FindingKind.IMPLEMENTATION,
    outcome: FindingOutcome.EMPLOYER_INCLUSION,
    population: 'Werkgevers van deelnemers in de regio Amersfoort',
    design: StudyDesign.SURVEY,
    sampleSize: 146,
    effectDirection: EffectDirection.MIXED,
    effectSize: '26% van de werkgevers bereid tot samenwerking',
    documentLinks: ['https://www.amersfoort.example/werk/opwaartse-mobiliteit/werkgeverspeiling.pdf'],
  },
  // Waardengerichte re-integratie (AKC)
  {
    projectSlug: 'waardengerichte-reintegratie-arbeidsdeskundigen',
    title: 'Proefgesprekken: cliënten voelen zich gezien als persoon',
    summary:
      'In een eerste ronde proefgesprekken met de conceptversie van de handleiding beschreven cliënten het gesprek over werkwaarden als prettig en anders dan zij gewend waren. ' +
      'Arbeidsdeskundigen vonden het gesprek waardevol, maar misten nog houvast bij het vertalen van waarden naar concrete afspraken met de werkgever.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.TRUST,
    population: 'Arbeidsdeskundigen en cliënten in het eerste en tweede spoor',
    design: StudyDesign.QUALITATIVE,
    sampleSize: 14,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: null,
    documentLinks: ['https://www.akc.example/projecten/waardengerichte-reintegratie/proefgesprekken'],
  },
  // Perspectiefverschillen (SZW)
  {
    projectSlug: 'perspectiefverschillen-reintegratiekennis',
    title: 'Vakmanschap betekent voor elke partij iets anders',
    summary:
      'In de bijeenkomsten bleek dat het ministerie vakmanschap vooral verbond met effectiviteit en verantwoording, gemeenten met ruimte voor eigen oordeel en onderzoekers met methodisch en reflectief handelen. ' +
      'Partijen herkenden elkaars invulling wel, maar hadden die nooit expliciet naast elkaar gelegd.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'Vertegenwoordigers van ministerie, UWV, gemeenten en kennisinstellingen',
    design: StudyDesign.QUALITATIVE,
    sampleSize: 41,
    effectDirection: EffectDirection.MIXED,
    effectSize: null,
    documentLinks: ['https://www.tno.example/publicaties/perspectiefverschillen-reintegratiekennis'],
  },
  {
    projectSlug: 'perspectiefverschillen-reintegratiekennis',
    title: 'Onderzoek wordt beter benut als de praktijk meedenkt over de vraag',
    summary:
      'Deelnemers gaven aan dat onderzoeksresultaten vaak te laat of te abstract zijn voor de uitvoering. ' +
      'Waar professionals vanaf het begin betrokken waren bij de onderzoeksvraag, werden uitkomsten vaker gebruikt. ' +
      'Dit inzicht was een van de aanleidingen voor het latere lerend netwerk.',
    kind: FindingKind.IMPLEMENTATION,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'Vertegenwoordigers van ministerie, UWV, gemeenten en kennisinstellingen',
    design: StudyDesign.QUALITATIVE,
    sampleSize: 41,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: null,
    documentLinks: ['https://www.tno.example/publicaties/perspectiefverschillen-slotsessie'],
  },
  // Voorspellers voor werkhervatting (UWV)
  {
    projectSlug: 'pilot-voorspellers-werkhervatting',
    title: 'Vertrouwen in eigen kunnen voorspelt werkhervatting',
    summary:
      'WW-gerechtigden met meer vertrouwen in hun eigen zoekgedrag vonden sneller werk, ook na correctie voor leeftijd, opleiding en arbeidsverleden. ' +
      'Zachte kenmerken voegden daarmee merkbaar iets toe aan de voorspelling op basis van harde kenmerken.',
    kind: FindingKind.PREDICTOR,
    outcome: FindingOutcome.BENEFIT_OUTFLOW,
    population: 'Nieuwe WW-gerechtigden, gevolgd gedurende achttien maanden',
    design: StudyDesign.COHORT,
    sampleSize: 4213,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: 'HR 1,21 (95%-BI 1,10–1,33) per standaarddeviatie',
    documentLinks: ['https://www.uwv.example/kennis/voorspellers-werkhervatting/eindrapport.pdf'],
  },
  {
    projectSlug: 'pilot-voorspellers-werkhervatting',
    title: 'Ervaren gezondheidsklachten verkleinen de kans op werkhervatting',
    summary:
      'Wie bij de start de eigen gezondheid als matig of slecht beoordeelde, hervatte minder vaak werk binnen achttien maanden. ' +
      'Dit gold ook als er geen formele arbeidsbeperking was vastgesteld.',
    kind: FindingKind.PREDICTOR,
    outcome: FindingOutcome.SUSTAINED_RETURN_TO_WORK,
    population: 'Nieuwe WW-gerechtigden, gevolgd gedurende achttien maanden',
    design: StudyDesign.COHORT,
    sampleSize: 4213,
    effectDirection: EffectDirection.NEGATIVE,
    effectSize: 'HR 0,78 (95%-BI 0,69–0,88)',
    documentLinks: ['https://www.uwv.example/kennis/voorspellers-werkhervatting/eindrapport.pdf'],
  },
  {
    projectSlug: 'pilot-voorspellers-werkhervatting',
    title: 'Motivatie weegt zwaarder bij oudere werkzoekenden',
    summary:
      'Bij werkzoekenden van 55 jaar en ouder was motivatie een sterkere voorspeller van werkhervatting dan bij jongere werkzoekenden. ' +
      'Bij jongeren speelden opleiding en recente werkervaring een grotere rol. ' +
      'Profielen per deelgroep bleken daardoor zinvoller dan één algemeen profiel.',
    kind: FindingKind.PREDICTOR,
    outcome: FindingOutcome.BENEFIT_OUTFLOW,
    population: 'Nieuwe WW-gerechtigden, uitgesplitst naar leeftijdsgroep',
    design: StudyDesign.COHORT,
    sampleSize: 4213,
    effectDirection: EffectDirection.MIXED,
    effectSize: 'OR 1,5 bij 55-plussers tegenover OR 1,1 bij werkzoekenden jonger dan 35 jaar',
    documentLinks: ['https://www.uwv.example/kennis/voorspellers-werkhervatting/deelgroepen.pdf'],
  },
  // Lerend netwerk Gewogen Maatwerk
  {
    projectSlug: 'lerend-netwerk-gewogen-maatwerk',
    title: 'Gedeelde taal maakt uitwisseling tussen gemeenten mogelijk',
    summary:
      'Na anderhalf jaar gebruikten professionals uit alle zeven gemeenten de drie vragen van Gewogen Maatwerk om elkaars projecten te bespreken. ' +
      'Deelnemers noemden dat de belangrijkste winst: ze begrijpen sneller wat een andere gemeente precies doet en waarom.',
    kind: FindingKind.IMPLEMENTATION,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'Professionals en beleidsmedewerkers van de zeven deelnemende gemeenten',
    design: StudyDesign.MIXED_METHODS,
    sampleSize: 86,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: null,
    documentLinks: ['https://www.tilburguniversity.example/gewogen-maatwerk/netwerkevaluatie-2024'],
  },
  {
    projectSlug: 'lerend-netwerk-gewogen-maatwerk',
    title: 'Overname van werkwijzen blijft achter bij uitwisseling',
    summary:
      'Een ruime meerderheid van de deelnemers zei kennis uit een andere gemeente te hebben gebruikt, maar slechts een klein deel had een werkwijze daadwerkelijk overgenomen. ' +
      'Als belemmeringen noemden zij verschillen in organisatie, budget en bestuurlijke prioriteiten.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'Deelnemers aan de leerbijeenkomsten van het netwerk',
    design: StudyDesign.SURVEY,
    sampleSize: 152,
    effectDirection: EffectDirection.MIXED,
    effectSize: '62% gebruikte kennis uit een andere gemeente; 14% nam een werkwijze over',
    documentLinks: ['https://www.tilburguniversity.example/gewogen-maatwerk/deelnemerspeiling-2024'],
  },
  // Inclusief werkgeven (Breda)
  {
    projectSlug: 'inclusief-werkgeven-breda',
    title: 'Vertrouwen van de werkgever in eigen begeleidingskunnen voorspelt aannamebereidheid',
    summary:
      'Werkgevers die zich in staat achtten een werknemer met een beperking goed te begeleiden, waren vaker van plan iemand uit de doelgroep aan te nemen. ' +
      'Houding en het voorbeeld van andere werkgevers speelden ook mee, maar minder sterk.',
    kind: FindingKind.PREDICTOR,
    outcome: FindingOutcome.EMPLOYER_INCLUSION,
    population: 'Werkgevers met tien of meer werknemers in de regio West-Brabant',
    design: StudyDesign.SURVEY,
    sampleSize: 412,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: 'OR 1,4 (95%-BI 1,1–1,8)',
    documentLinks: ['https://www.breda.example/werk/inclusief-werkgeven/werkgeversenquete.pdf'],
  },
  {
    projectSlug: 'inclusief-werkgeven-breda',
    title: 'Werkgevers leren vooral van andere werkgevers',
    summary:
      'In interviews gaven werkgevers aan dat verhalen van collega-ondernemers hen meer overtuigden dan informatie van de gemeente. ' +
      'Een vaste contactpersoon die ook na de plaatsing bereikbaar bleef, werd als onmisbaar gezien.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.EMPLOYER_INCLUSION,
    population: 'Werkgevers die in de afgelopen twee jaar iemand uit de doelgroep in dienst namen',
    design: StudyDesign.QUALITATIVE,
    sampleSize: 22,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: null,
    documentLinks: ['https://www.breda.example/werk/inclusief-werkgeven/interviews-werkgevers.pdf'],
  },
  // Zelf aan het Roer (Zwolle, gestopt)
  {
    projectSlug: 'zelf-aan-het-roer-zwolle',
    title: 'Werving van oudere werkzoekenden bleef ver achter',
    summary:
      'In twaalf maanden meldden zich 37 deelnemers aan, tegen de beoogde honderdvijftig. ' +
      'Door de krappe arbeidsmarkt vonden veel oudere werkzoekenden zonder hulp werk, en wie overbleef zag een groepstraining vaak niet zitten. ' +
      'Het project is daarom gestopt; de les is dat werving vooraf moet worden getoetst.',
    kind: FindingKind.IMPLEMENTATION,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'WW- en bijstandsgerechtigden van 55 jaar en ouder in Zwolle',
    design: StudyDesign.COHORT,
    sampleSize: 37,
    effectDirection: EffectDirection.NEGATIVE,
    effectSize: '25% van het beoogde aantal deelnemers bereikt',
    documentLinks: ['https://www.zwolle.example/werk/zelf-aan-het-roer/procesevaluatie.pdf'],
  },
  // Taal op de werkvloer (Nijmegen)
  {
    projectSlug: 'taal-op-de-werkvloer-nijmegen',
    title: 'Vaker een vervolgcontract na taalcoaching op de werkvloer',
    summary:
      'Nieuwkomers met taalcoaching op de werkplek kregen vaker een vervolgcontract dan nieuwkomers op een werkervaringsplaats in eerdere jaren. ' +
      'Omdat er geen gelijktijdige controlegroep was, kunnen ook veranderingen op de arbeidsmarkt meespelen.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.SUSTAINED_RETURN_TO_WORK,
    population: 'Statushouders op een werkervaringsplaats in Nijmegen',
    design: StudyDesign.COHORT,
    sampleSize: 96,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: '+11 procentpunt vervolgcontract ten opzichte van eerdere cohorten',
    documentLinks: ['https://www.nijmegen.example/werk/taal-op-de-werkvloer/eindevaluatie.pdf'],
  },
  {
    projectSlug: 'taal-op-de-werkvloer-nijmegen',
    title: 'Collega’s als taalmaatje verlagen de drempel voor werkgevers',
    summary:
      'Werkgevers gaven aan dat de tips aan collega’s het verschil maakten: het team voelde zich minder handelingsverlegen. ' +
      'Een paar werkgevers vonden het wekelijkse uur coaching lastig in te passen in drukke periodes.',
    kind: FindingKind.EXPERIENCE,
    outcome: FindingOutcome.EMPLOYER_INCLUSION,
    population: 'Werkgevers en werkbegeleiders van deelnemende nieuwkomers',
    design: StudyDesign.QUALITATIVE,
    sampleSize: 18,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: null,
    documentLinks: ['https://www.nijmegen.example/werk/taal-op-de-werkvloer/ervaringen-werkgevers.pdf'],
  },
  // Motiverend in gesprek (Rotterdam)
  {
    projectSlug: 'motiverend-in-gesprek-rotterdam',
    title: 'Gespreksvaardigheid zakt weg zonder supervisie',
    summary:
      'Direct na de training steeg de kwaliteit van motiverende gespreksvoering duidelijk. ' +
      'Na zes maanden bleef die op peil in de groep met supervisie op basis van opnames, maar zakte in de groep zonder supervisie grotendeels terug.',
    kind: FindingKind.IMPLEMENTATION,
    outcome: FindingOutcome.PROFESSIONAL_PRACTICE,
    population: 'Werkcoaches jongeren van de gemeente Rotterdam',
    design: StudyDesign.MIXED_METHODS,
    sampleSize: 48,
    effectDirection: EffectDirection.MIXED,
    effectSize: 'Gemiddelde gespreksscore 3,1 vóór, 3,8 na training; na 6 maanden 3,7 met en 3,3 zonder supervisie',
    documentLinks: ['https://www.rotterdam.example/werk/motiverend-in-gesprek/tussenrapportage.pdf'],
  },
  {
    projectSlug: 'motiverend-in-gesprek-rotterdam',
    title: 'Licht hogere zelfeffectiviteit bij jongeren met een getrainde werkcoach',
    summary:
      'Jongeren die begeleid werden door een werkcoach met supervisie rapporteerden na zes maanden iets meer vertrouwen in hun kansen op werk of opleiding. ' +
      'Het verschil is klein; de effecten op uitstroom worden aan het eind van het project gemeten.',
    kind: FindingKind.EFFECT,
    outcome: FindingOutcome.SELF_EFFICACY,
    population: 'Jongeren van 18 tot 27 jaar in de Rotterdamse bijstand',
    design: StudyDesign.QUASI_EXPERIMENT,
    sampleSize: 530,
    effectDirection: EffectDirection.POSITIVE,
    effectSize: 'd = 0,18 (95%-BI 0,01–0,35)',
    documentLinks: ['https://www.rotterdam.example/werk/motiverend-in-gesprek/tussenrapportage.pdf'],
  },
];
