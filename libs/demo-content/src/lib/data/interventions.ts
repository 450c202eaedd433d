import { Determinant, EvidenceLevel, TargetGroup, Track } from '@werkkennis/kernel';
import type { DemoIntervention } from '../demo-data.types';

/**
 * Interventions of the demo world, described along the three questions of Gewogen Maatwerk:
 * wat doe je (whatYouDo), hoe doe je het (howYouDoIt) and welk effect zie je (effect).
 * Sources are fictional reports; their addresses end in `.example`.
 */
export const interventions: DemoIntervention[] = [
  {
    slug: 'afwegingskader-gewogen-maatwerk',
    name: 'Afwegingskader Gewogen Maatwerk',
    summary:
      'Een kader waarmee professionals per cliënt vastleggen wat ze doen, hoe ze het doen en welk effect ze zien. Zo wordt maatwerk navolgbaar en kan het team erop leren.',
    whatYouDo:
      'Bij de start van een re-integratietraject bepaalt de professional welke determinanten van het integratief gedragsmodel bij deze cliënt de doorslag geven, en kiest daar gericht interventies bij. ' +
      'Na elke fase legt hij of zij kort vast wat er is ingezet en waarom.',
    howYouDoIt:
      'Het kader gaat uit van vertrouwen en gelijkwaardigheid: de cliënt denkt mee over de keuzes en leest wat er over hem of haar wordt vastgelegd. ' +
      'De professional houdt ruimte voor een eigen oordeel, maar kan die keuzes uitleggen aan collega’s en leidinggevende.',
    effect:
      'De professional benoemt vooraf welke verandering hij of zij verwacht, bijvoorbeeld meer vertrouwen in eigen kunnen of een eerste werkervaring, en toetst dat na drie en na zes maanden. ' +
      'Zo ontstaat per cliënt én per team zicht op wat werkt.',
    determinants: [
      Determinant.MOTIVATION_ATTITUDE,
      Determinant.SOCIAL_NORM,
      Determinant.SELF_EFFICACY,
      Determinant.SKILLS_KNOWLEDGE,
      Determinant.ENVIRONMENTAL_BARRIERS,
    ],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WW, TargetGroup.WIA, TargetGroup.ZIEKTEWET],
    tracks: [Track.SPOOR_1, Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.THEORETICALLY_SOUND,
    evidenceRatedOn: '2024-02-15',
    evidenceRationale:
      'Het kader is stevig verankerd in het integratief gedragsmodel en beschrijft expliciet hoe interventies aan determinanten worden gekoppeld. ' +
      'Effectonderzoek loopt binnen het lerend netwerk Gewogen Maatwerk, maar uitkomsten op uitstroom zijn nog niet beschikbaar.',
    workingElements: [
      'Expliciete koppeling tussen determinant en interventie',
      'Vastleggen van de bejegening naast de inhoud',
      'Vooraf geformuleerd verwacht effect',
      'Periodieke evaluatie samen met de cliënt',
      'Bespreking van casuïstiek in het team',
    ],
    sources: [
      'Werkdocument Afwegingskader Gewogen Maatwerk, versie 2.1, Tilburg University, 2023 (https://www.tilburguniversity.example/gewogen-maatwerk/afwegingskader)',
      'Kennisdossier AKC, Methodisch werken in re-integratie, 2021',
    ],
    developerOrganizationSlugs: ['tilburg-university', 'tno'],
  },
  {
    slug: 'gesprekshandleiding-waardengerichte-reintegratie',
    name: 'Gesprekshandleiding waardengerichte re-integratie',
    summary:
      'Een gesprekshandleiding voor arbeidsdeskundigen die het Capability voor Werk Model (CvWM) combineert met Gewogen Maatwerk. Wat de cliënt belangrijk vindt in werk geeft richting aan het re-integratieplan.',
    whatYouDo:
      'In drie gesprekken verkent de arbeidsdeskundige wat de cliënt waardevol vindt in werk, in hoeverre hij of zij dat nu kan realiseren en wat daarvoor nodig is. ' +
      'De uitkomst wordt vertaald naar concrete stappen in het eerste of tweede spoor, inclusief afspraken met de werkgever.',
    howYouDoIt:
      'Waarderend en nieuwsgierig: de arbeidsdeskundige vraagt door op waarden als zinvol werk, erkenning en zelfstandigheid, in plaats van alleen op beperkingen. ' +
      'De cliënt is mede-eigenaar van het verslag en mag het aanvullen voordat het wordt vastgesteld.',
    effect:
      'Verwacht wordt meer vertrouwen tussen cliënt en professional en een plan dat beter aansluit bij wat de cliënt drijft, wat de kans op duurzame werkhervatting vergroot. ' +
      'Ook het werkplezier van de arbeidsdeskundige wordt gevolgd.',
    determinants: [
      Determinant.MOTIVATION_ATTITUDE,
      Determinant.SELF_EFFICACY,
      Determinant.ENVIRONMENTAL_BARRIERS,
    ],
    targetGroups: [
      TargetGroup.ZIEKTEWET,
      TargetGroup.WIA,
      TargetGroup.EMPLOYED,
      TargetGroup.HEALTH_COMPLAINTS,
    ],
    tracks: [Track.SPOOR_1, Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.WELL_DESCRIBED,
    evidenceRatedOn: '2024-06-01',
    evidenceRationale:
      'De handleiding is uitgeschreven en in een eerste ronde getest met arbeidsdeskundigen en cliënten. ' +
      'De theoretische verantwoording via het CvWM en het integratief gedragsmodel wordt nog uitgewerkt; effectonderzoek is niet gedaan.',
    workingElements: [
      'Gesprek over werkwaarden vóór het gesprek over belastbaarheid',
      'Onderscheid tussen wat iemand belangrijk vindt en wat iemand kan realiseren',
      'Gezamenlijk opgesteld verslag',
      'Werkgever betrokken bij het vervolg',
    ],
    sources: [
      'Conceptversie Gesprekshandleiding waardengerichte re-integratie, Tilburg University en Kenniscentrum AKC, 2024 (https://www.akc.example/projecten/waardengerichte-reintegratie)',
    ],
    developerOrganizationSlugs: ['tilburg-university', 'akc', 'nvva'],
  },
  {
    slug: 'motiverende-gespreksvoering',
    name: 'Motiverende gespreksvoering in de werkcoaching',
    summary:
      'Een gespreksmethode waarmee werkcoaches de eigen motivatie van werkzoekenden voor werk versterken, in plaats van die van buitenaf op te leggen.',
    whatYouDo:
      'De werkcoach verkent de tweestrijd die de werkzoekende ervaart over werk en lokt uitspraken uit over redenen, wensen en mogelijkheden om iets te veranderen. ' +
      'Afspraken volgen uit wat de werkzoekende zelf aandraagt.',
    howYouDoIt:
      'Empathisch, niet-oordelend en zonder in discussie te gaan: weerstand is een signaal, geen onwil. ' +
      'De werkcoach vat vaker samen dan dat hij adviseert en respecteert de autonomie van de ander.',
    effect:
      'Werkzoekenden ervaren meer regie en zetten vaker zelf stappen richting werk, zoals een sollicitatie of een kennismaking met een werkgever. ' +
      'Het effect op uitstroom is bescheiden, maar komt in verschillende studies terug.',
    determinants: [Determinant.MOTIVATION_ATTITUDE, Determinant.SELF_EFFICACY],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WW, TargetGroup.YOUNG_ADULTS],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.GOOD_INDICATIONS,
    evidenceRatedOn: '2023-05-10',
    evidenceRationale:
      'De methode is internationaal uitgebreid onderzocht in de zorg en is een vast onderdeel van evidence-based werken in de hulpverlening. ' +
      'In de Nederlandse re-integratiepraktijk lieten twee quasi-experimentele studies een kleine positieve invloed op werkhervatting zien, mits werkcoaches getraind en gesuperviseerd worden.',
    workingElements: [
      'Open vragen en reflectief luisteren',
      'Uitlokken en versterken van verandertaal',
      'Respect voor de autonomie van de werkzoekende',
      'Supervisie aan de hand van gespreksopnames',
    ],
    sources: [
      'Handreiking Motiverende gespreksvoering voor werkcoaches, Divosa, 2020 (https://www.divosa.example/handreikingen/motiverende-gespreksvoering)',
      'Kennisdossier AKC, Gespreksmethoden in re-integratie, 2021',
    ],
    developerOrganizationSlugs: ['divosa', 'hogeschool-van-amsterdam'],
    practical: {
      durationAndIntensity: 'Geen vast traject: de houding past in elk gesprek. Oefenen vraagt zes bijeenkomsten van een dagdeel, met opnames van eigen gesprekken.',
      costs: 'Een basistraining kost per professional ongeveer € 900 tot € 1.300; intervisie daarna kan binnen de eigen organisatie.',
      provider: 'Trainers in motiverende gespreksvoering (zie het netwerk van trainers)',
      contact: 'mgv-netwerk@werkkennis.example',
      trainingOrLicence: 'Basistraining met feedback op opgenomen gesprekken; geen licentie nodig.',
      materials: ['Oefenkaarten open vragen en reflecties (https://www.mgv.example/oefenkaarten)', 'Checklist gespreksopname voor intervisie'],
    },
  },
  {
    slug: 'individuele-plaatsing-en-steun',
    name: 'Individuele Plaatsing en Steun (IPS)',
    summary:
      'Mensen met psychische aandoeningen worden direct naar een reguliere baan begeleid en daarna intensief ondersteund, in nauwe samenwerking tussen behandelaar en trajectbegeleider.',
    whatYouDo:
      'Eerst plaatsen, dan trainen: de IPS-trajectbegeleider zoekt samen met de cliënt op korte termijn betaald werk dat past bij diens voorkeuren. ' +
      'De begeleider maakt deel uit van het behandelteam en blijft na de plaatsing ondersteunen zolang dat nodig is.',
    howYouDoIt:
      'Iedereen die wil werken komt in aanmerking; er wordt niet geselecteerd op ‘werkfitheid’. ' +
      'De voorkeuren van de cliënt zijn leidend, ook bij de vraag of en hoe de aandoening met de werkgever wordt besproken.',
    effect:
      'Deelnemers vinden vaker en sneller betaald werk dan in trajecten die eerst op voorbereiding inzetten. ' +
      'Wie eenmaal werkt, houdt het werk ook vaker vast, wat bijdraagt aan duurzame werkhervatting.',
    determinants: [
      Determinant.SELF_EFFICACY,
      Determinant.ENVIRONMENTAL_BARRIERS,
      Determinant.SOCIAL_NORM,
    ],
    targetGroups: [
      TargetGroup.HEALTH_COMPLAINTS,
      TargetGroup.PARTICIPATIEWET,
      TargetGroup.WIA,
      TargetGroup.WAJONG,
    ],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.STRONG_INDICATIONS,
    evidenceRatedOn: '2022-11-20',
    evidenceRationale:
      'Meerdere gerandomiseerde studies, ook in Nederland, laten zien dat IPS tot meer plaatsingen op betaald werk leidt dan gebruikelijke re-integratie. ' +
      'Modelgetrouwheid wordt gemeten met een gevalideerde schaal, en teams die het model trouwer volgen boeken betere resultaten.',
    workingElements: [
      'Snel zoeken naar regulier betaald werk',
      'Trajectbegeleider onderdeel van het behandelteam',
      'Voorkeuren van de cliënt zijn leidend',
      'Ondersteuning na plaatsing zonder vaste einddatum',
      'Systematisch contact met werkgevers',
    ],
    sources: [
      'Overzichtsstudie IPS in Nederland, TNO, 2022 (https://www.tno.example/publicaties/ips-overzicht)',
      'Modelgetrouwheidsschaal IPS, Nederlandse bewerking, 2019',
    ],
    developerOrganizationSlugs: ['tno', 'uwv'],
    practical: {
      durationAndIntensity: 'Zolang als nodig: gemiddeld 12 tot 18 maanden, met wekelijks contact zolang iemand zoekt en daarna begeleiding op het werk.',
      costs: 'Eén IPS-trajectbegeleider per 20 deelnemers; gemeenten en GGZ financieren samen, vaak met een regionale subsidie.',
      provider: 'GGZ-instellingen samen met gemeente en UWV',
      contact: 'ips-regio@ggz.example',
      trainingOrLicence: 'IPS-opleiding voor trajectbegeleiders en jaarlijkse modelgetrouwheidsmeting (fidelity) door een getrainde auditor.',
      materials: ['IPS-fidelityschaal (Nederlandse vertaling)', 'Werkboek samenwerking GGZ en werk (https://www.ips.example/werkboek)'],
    },
  },
  {
    slug: 'jobcarving',
    name: 'Jobcarving (functiecreatie)',
    summary:
      'Taken binnen een bedrijf worden zo herschikt dat er een passende functie ontstaat voor iemand met een arbeidsbeperking, terwijl vakkrachten worden ontlast.',
    whatYouDo:
      'Een jobcarver analyseert samen met de werkgever de werkprocessen en zoekt eenvoudige, terugkerende taken die nu door hoger opgeleide medewerkers worden uitgevoerd. ' +
      'Die taken worden gebundeld tot een nieuwe functie, waarvoor vervolgens een kandidaat wordt gezocht.',
    howYouDoIt:
      'De werkgever is partner en geen afnemer van kandidaten. ' +
      'De kandidaat wordt vroeg betrokken bij de invulling, zodat de functie ook aansluit bij zijn of haar wensen.',
    effect:
      'Werkgevers ervaren ontlasting van vakkrachten en krijgen meer zicht op wat mensen met een beperking kunnen. ' +
      'Uit de eerste praktijkgegevens blijkt dat gecreëerde functies vaak langer dan een jaar blijven bestaan.',
    determinants: [Determinant.ENVIRONMENTAL_BARRIERS, Determinant.SOCIAL_NORM],
    targetGroups: [TargetGroup.WAJONG, TargetGroup.PARTICIPATIEWET, TargetGroup.HEALTH_COMPLAINTS],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.FIRST_INDICATIONS,
    evidenceRatedOn: '2023-09-12',
    evidenceRationale:
      'Een cohortstudie bij veertig werkgevers toont dat het merendeel van de gecreëerde functies na twaalf maanden nog bestaat. ' +
      'Een vergelijkingsgroep ontbrak, zodat niet vast te stellen is welk deel van dit resultaat aan de methode zelf is toe te schrijven.',
    workingElements: [
      'Analyse van werkprocessen op de werkvloer',
      'Bundeling van taken tot een volwaardige functie',
      'Afspraken over begeleiding door een vaste collega',
      'Evaluatiegesprek na drie maanden',
    ],
    sources: ['Praktijkgids jobcarving, Kenniscentrum AKC, 2020 (https://www.akc.example/praktijkgids-jobcarving)'],
    developerOrganizationSlugs: ['akc', 'hogeschool-utrecht'],
    practical: {
      durationAndIntensity: 'Een werkplekanalyse van twee tot vier bezoeken, daarna begeleiding van de eerste drie maanden.',
      costs: 'De analyse kost een werkgever niets als de gemeente haar inkoopt; loonkostensubsidie kan de functie daarna dragen.',
      provider: 'Werkgeversservicepunten en jobcoachorganisaties',
      contact: 'werkgeversservicepunt@tilburg.example',
      trainingOrLicence: 'Training werkplekanalyse voor accountmanagers; geen licentie.',
      materials: ['Praktijkgids jobcarving (https://www.akc.example/praktijkgids-jobcarving)', 'Formulier takenanalyse'],
    },
  },
  {
    slug: 'werkfit-training',
    name: 'Werkfit-training in groepsverband',
    summary:
      'Een training van tien weken waarin werkzoekenden met een grotere afstand tot de arbeidsmarkt werken aan werknemersvaardigheden, dagritme en belastbaarheid.',
    whatYouDo:
      'Deelnemers komen drie dagdelen per week samen voor praktijkopdrachten, oefengesprekken en een korte snuffelstage. ' +
      'Ze werken aan basisvaardigheden zoals op tijd komen, samenwerken en omgaan met feedback.',
    howYouDoIt:
      'De trainer benadert deelnemers als aankomende collega’s en spreekt hen daar ook op aan. ' +
      'Tegenslagen worden in de groep besproken, zodat deelnemers van elkaar leren.',
    effect:
      'Deelnemers geven aan meer structuur in hun week te hebben en met meer zelfvertrouwen naar werk te kijken. ' +
      'Of de training ook tot meer uitstroom naar werk leidt, is nog niet onderzocht.',
    determinants: [Determinant.SKILLS_KNOWLEDGE, Determinant.SELF_EFFICACY, Determinant.SOCIAL_NORM],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.YOUNG_ADULTS, TargetGroup.NEWCOMERS],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.WELL_DESCRIBED,
    evidenceRatedOn: '2022-04-08',
    evidenceRationale:
      'Er ligt een uitgewerkt draaiboek met doelen, doelgroep en opbouw per week, en trainers worden erin ingewerkt. ' +
      'Een expliciete theoretische onderbouwing en effectonderzoek ontbreken nog.',
    workingElements: [
      'Vaste groep en vast dagritme',
      'Oefenen in een echte werkomgeving',
      'Feedback van medecursisten',
      'Korte stage bij een werkgever',
    ],
    sources: ['Draaiboek Werkfit-training, Gemeente Rotterdam, 2021'],
    developerOrganizationSlugs: ['gemeente-rotterdam'],
    practical: {
      durationAndIntensity: 'Acht weken, twee ochtenden per week in een groep van acht tot twaalf deelnemers.',
      costs: 'Ongeveer € 1.100 per deelnemer, door de gemeente ingekocht.',
      provider: 'Gemeente Rotterdam en gecontracteerde re-integratiebedrijven',
      contact: 'werkfit@rotterdam.example',
      trainingOrLicence: 'Trainers volgen een tweedaagse instructie in het draaiboek.',
      materials: ['Draaiboek Werkfit-training, Gemeente Rotterdam, 2021', 'Werkboek voor deelnemers'],
    },
  },
  {
    slug: 'financiele-coaching-alleenstaande-ouders',
    name: 'Financiële coaching voor alleenstaande ouders',
    summary:
      'Coaching die werk en geld in samenhang bekijkt, zodat alleenstaande ouders in de bijstand de overstap naar werk financieel durven en kunnen maken.',
    whatYouDo:
      'Een coach brengt met de ouder het huishoudboekje, de toeslagen en eventuele schulden in kaart en rekent door wat werk van verschillende omvang netto oplevert. ' +
      'Daarna volgen afspraken over kinderopvang, een schuldregeling en een eerste stap richting werk.',
    howYouDoIt:
      'De coach erkent de spanning die geldzorgen met zich meebrengen en vermijdt verwijtende taal. ' +
      'De ouder bepaalt het tempo; de coach houdt wel zicht op wat is afgesproken en komt daarop terug.',
    effect:
      'Ouders krijgen meer grip op hun financiën en zijn minder bang om bij werkaanvaarding in inkomen terug te vallen. ' +
      'Dat versterkt hun economische veerkracht, ook als werk nog niet direct in beeld is.',
    determinants: [
      Determinant.ENVIRONMENTAL_BARRIERS,
      Determinant.SELF_EFFICACY,
      Determinant.SKILLS_KNOWLEDGE,
    ],
    targetGroups: [TargetGroup.SINGLE_PARENTS, TargetGroup.PARTICIPATIEWET],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.THEORETICALLY_SOUND,
    evidenceRatedOn: '2024-03-01',
    evidenceRationale:
      'De aanpak steunt op inzichten over de invloed van schaarste en stress op gedrag en op het integratief gedragsmodel. ' +
      'Er is helder beschreven via welke mechanismen werkhervatting wordt bevorderd; het effectonderzoek loopt in Tilburg.',
    workingElements: [
      'Netto-inkomensberekening bij verschillende urenomvang',
      'Gelijktijdige aandacht voor schulden en werk',
      'Kinderopvang geregeld vóór de werkaanvaarding',
      'Vaste coach gedurende het hele traject',
    ],
    sources: [
      'Programmaplan Economische veerkracht, Gemeente Tilburg, 2022 (https://www.tilburg.example/werk/economische-veerkracht)',
      'Kennisdossier AKC, Armoede en werk, 2022',
    ],
    developerOrganizationSlugs: ['gemeente-tilburg', 'tilburg-university'],
  },
  {
    slug: 'aansturing-integratief-gedragsmodel',
    name: 'Aansturing met het integratief gedragsmodel',
    summary:
      'Leidinggevenden gebruiken het integratief gedragsmodel bij het coachen van trajectbegeleiders, die het op hun beurt inzetten in de begeleiding van kandidaten.',
    whatYouDo:
      'Leidinggevenden volgen vier trainingsbijeenkomsten en voeren daarna maandelijks een coachgesprek met elke trajectbegeleider aan de hand van de determinanten. ' +
      'In dat gesprek staat steeds één kandidaat centraal: welke determinant remt, en wat zet de begeleider daartegenover?',
    howYouDoIt:
      'Het gesprek tussen leidinggevende en begeleider weerspiegelt het gesprek tussen begeleider en kandidaat: vragend, ondersteunend en gericht op eigen kracht. ' +
      'Leidinggevenden sturen op de redenering achter keuzes, niet op aantallen.',
    effect:
      'Trajectbegeleiders kiezen gerichter interventies en kunnen hun keuzes beter uitleggen. ' +
      'De eerste cijfers laten een kleine stijging van de uitstroom uit de uitkering zien in teams die de werkwijze volgen.',
    determinants: [
      Determinant.MOTIVATION_ATTITUDE,
      Determinant.SOCIAL_NORM,
      Determinant.SELF_EFFICACY,
      Determinant.SKILLS_KNOWLEDGE,
      Determinant.ENVIRONMENTAL_BARRIERS,
    ],
    targetGroups: [TargetGroup.PARTICIPATIEWET],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.FIRST_INDICATIONS,
    evidenceRatedOn: '2025-01-20',
    evidenceRationale:
      'Een quasi-experiment in Amsterdam vergelijkt teams die de werkwijze volgen met teams die dat nog niet doen. ' +
      'Na twaalf maanden is de uitstroom in de interventieteams iets hoger, maar de onzekerheidsmarge is nog ruim.',
    workingElements: [
      'Aansturing en begeleiding volgen dezelfde opbouw',
      'Maandelijks casusgesprek rond één kandidaat',
      'Gedeelde taal van de determinanten',
      'Sturing op onderbouwing in plaats van op productienormen',
    ],
    sources: [
      'Handleiding Aansturen met het integratief gedragsmodel, Gemeente Amsterdam en Tilburg University, 2023 (https://www.amsterdam.example/werk/integratief-gedragsmodel)',
    ],
    developerOrganizationSlugs: ['gemeente-amsterdam', 'tilburg-university'],
  },
  {
    slug: 'werkervaringsplaats',
    name: 'Werkervaringsplaats met leerplan',
    summary:
      'Een tijdelijke plek bij een reguliere werkgever, met vooraf afgesproken leerdoelen en een vaste werkbegeleider, als opstap naar betaald werk.',
    whatYouDo:
      'De kandidaat werkt maximaal zes maanden met behoud van uitkering bij een werkgever, op basis van een leerplan met drie tot vijf concrete doelen. ' +
      'Halverwege en aan het eind volgt een driegesprek over de voortgang en het vervolg.',
    howYouDoIt:
      'De plek is uitdrukkelijk geen gratis arbeidskracht: er zijn een leerplan, begeleiding en een open gesprek over doorstroom. ' +
      'De kandidaat wordt als collega in het team opgenomen.',
    effect:
      'Deelnemers doen werkervaring en referenties op en bouwen een netwerk op. ' +
      'Het effect op uitstroom hangt sterk af van de kwaliteit van de begeleiding en van de kans op een vervolgcontract.',
    determinants: [
      Determinant.SKILLS_KNOWLEDGE,
      Determinant.SELF_EFFICACY,
      Determinant.ENVIRONMENTAL_BARRIERS,
    ],
    targetGroups: [
      TargetGroup.PARTICIPATIEWET,
      TargetGroup.NEWCOMERS,
      TargetGroup.YOUNG_ADULTS,
      TargetGroup.WW,
    ],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.FIRST_INDICATIONS,
    evidenceRatedOn: '2023-02-14',
    evidenceRationale:
      'Registerdata van drie gemeenten laten zien dat deelnemers vaker uitstromen dan vergelijkbare niet-deelnemers. ' +
      'Omdat deelnemers niet willekeurig zijn ingedeeld, kan selectie een deel van het verschil verklaren.',
    workingElements: [
      'Schriftelijk leerplan met concrete doelen',
      'Vaste werkbegeleider bij de werkgever',
      'Driegesprekken op vaste momenten',
      'Vooraf afgesproken doorstroomperspectief',
    ],
    sources: [
      'Evaluatie werkervaringsplaatsen in drie gemeenten, Divosa, 2022 (https://www.divosa.example/evaluatie-werkervaringsplaatsen)',
    ],
    developerOrganizationSlugs: ['divosa', 'gemeente-rotterdam'],
  },
  {
    slug: 'loopbaangesprek-oudere-werkzoekenden',
    name: 'Loopbaangesprek voor oudere werkzoekenden',
    summary:
      'Een reeks loopbaangesprekken die werkzoekenden van 55 jaar en ouder helpt hun ervaring te vertalen naar nieuwe functies en om te gaan met vooroordelen over leeftijd.',
    whatYouDo:
      'In vier gesprekken maakt de loopbaanadviseur met de werkzoekende een overzicht van competenties, netwerk en wensen, en verkennen ze functies buiten de eigen sector. ' +
      'Ook oefenen ze hoe je leeftijd ter sprake brengt, of juist niet, in een sollicitatiegesprek.',
    howYouDoIt:
      'De adviseur erkent de ervaring van de werkzoekende en het verlies dat ontslag op latere leeftijd kan betekenen. ' +
      'De werkzoekende wordt benaderd als deskundige van de eigen loopbaan.',
    effect:
      'Werkzoekenden kijken breder naar mogelijke functies en hebben meer vertrouwen in hun kansen. ' +
      'Het effect op werkhervatting is nog niet gemeten.',
    determinants: [
      Determinant.SELF_EFFICACY,
      Determinant.MOTIVATION_ATTITUDE,
      Determinant.SOCIAL_NORM,
    ],
    targetGroups: [TargetGroup.OLDER_JOBSEEKERS, TargetGroup.WW],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.WELL_DESCRIBED,
    evidenceRatedOn: '2022-10-03',
    evidenceRationale:
      'Doel, doelgroep en gespreksopbouw zijn uitgewerkt in een handleiding, en adviseurs worden in de methode getraind. ' +
      'Een expliciete verantwoording van de werkzame mechanismen en effectonderzoek ontbreken.',
    workingElements: [
      'Ervaring vertalen naar overdraagbare competenties',
      'Verkennen van functies buiten de eigen sector',
      'Oefenen met het gesprek over leeftijd',
      'Activeren van het eigen netwerk',
    ],
    sources: ['Handleiding Loopbaangesprek 55-plus, UWV, 2021 (https://www.uwv.example/kennis/loopbaangesprek-55plus)'],
    developerOrganizationSlugs: ['uwv'],
  },
  {
    slug: 'netwerkgericht-werken-met-werkgevers',
    name: 'Netwerkgericht werken met werkgevers',
    summary:
      'Werkconsulenten bouwen een vast netwerk van lokale werkgevers op en onderhouden dat, zodat plaatsingen via persoonlijke relaties verlopen en niet alleen via vacatureteksten.',
    whatYouDo:
      'Elke consulent heeft een eigen portefeuille van werkgevers die hij of zij regelmatig bezoekt, ook als er geen vacature openstaat. ' +
      'Kandidaten worden voorgesteld op basis van wat het bedrijf nodig heeft, niet alleen op basis van een vacature.',
    howYouDoIt:
      'Betrouwbaarheid staat voorop: de consulent belooft niets wat niet kan worden waargemaakt. ' +
      'Na een plaatsing blijft hij of zij aanspreekbaar voor werkgever en werknemer.',
    effect:
      'Werkgevers overwegen eerder een kandidaat met een afstand tot de arbeidsmarkt als zij de consulent persoonlijk kennen. ' +
      'Het effect op het aantal plaatsingen is nog niet vastgesteld.',
    determinants: [Determinant.ENVIRONMENTAL_BARRIERS, Determinant.SOCIAL_NORM],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WW, TargetGroup.WAJONG],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.WELL_DESCRIBED,
    evidenceRatedOn: '2023-06-30',
    evidenceRationale:
      'De werkwijze is beschreven in een werkinstructie met taakverdeling, bezoekfrequentie en registratie. ' +
      'De onderbouwing is vooral praktijkkennis; effectonderzoek is nog niet uitgevoerd.',
    workingElements: [
      'Vaste contactpersoon per werkgever',
      'Bezoeken ook zonder openstaande vacature',
      'Kandidaten voorstellen op basis van bedrijfsbehoefte',
      'Nazorg na plaatsing',
    ],
    sources: ['Werkgeversdienstverlening in de regio, Divosa, 2021'],
    developerOrganizationSlugs: ['gemeente-breda', 'divosa'],
  },
  {
    slug: 'diagnose-instrument-zachte-kenmerken',
    name: 'Diagnose-instrument zachte kenmerken',
    summary:
      'Een korte vragenlijst met gespreksleidraad waarmee werkcoaches bij de start niet alleen leeftijd en opleiding, maar ook motivatie, vertrouwen in eigen kunnen, attributie en ervaren gezondheid in beeld brengen.',
    whatYouDo:
      'De werkzoekende vult online een vragenlijst in die ongeveer een kwartier kost. ' +
      'De werkcoach bespreekt de uitkomsten in het eerste gesprek en richt op basis daarvan de begeleiding in, zodat re-integratiemiddelen gericht worden ingezet.',
    howYouDoIt:
      'De uitslag is een opening van het gesprek en geen oordeel: de werkcoach vraagt of de werkzoekende zich herkent in het beeld en stelt het zo nodig bij.',
    effect:
      'Werkcoaches zien eerder wie extra ondersteuning nodig heeft en wie op eigen kracht werk kan vinden. ' +
      'Zo gaat de begeleiding naar de mensen die er het meest aan hebben.',
    determinants: [
      Determinant.MOTIVATION_ATTITUDE,
      Determinant.SELF_EFFICACY,
      Determinant.ENVIRONMENTAL_BARRIERS,
    ],
    targetGroups: [TargetGroup.WW, TargetGroup.OLDER_JOBSEEKERS, TargetGroup.HEALTH_COMPLAINTS],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.GOOD_INDICATIONS,
    evidenceRatedOn: '2021-09-15',
    evidenceRationale:
      'Cohortonderzoek onder ruim vierduizend WW-gerechtigden laat zien dat de gemeten zachte kenmerken werkhervatting voorspellen, bovenop de harde kenmerken. ' +
      'In een gecontroleerde pilot stroomden werkzoekenden bij wie het instrument werd gebruikt iets sneller uit; het effect was klein maar statistisch betrouwbaar.',
    workingElements: [
      'Meting van motivatie, zelfvertrouwen, attributie en ervaren gezondheid',
      'Bespreking van de uitslag met de werkzoekende',
      'Koppeling van het profiel aan de intensiteit van begeleiding',
      'Herhaalmeting na zes maanden',
    ],
    sources: [
      'Kennismemo Voorspellers voor Werkhervatting, UWV, 2008',
      'Eindrapportage diagnose-instrument WW, UWV en Rijksuniversiteit Groningen, 2011 (https://www.uwv.example/kennis/diagnose-instrument)',
    ],
    developerOrganizationSlugs: ['uwv', 'rijksuniversiteit-groningen'],
  },
  {
    slug: 'jobcoaching-op-de-werkplek',
    name: 'Jobcoaching op de werkplek',
    summary:
      'Begeleiding door een jobcoach op de werkplek zelf, voor werknemers met een arbeidsbeperking en voor hun leidinggevende en collega’s.',
    whatYouDo:
      'De jobcoach komt in de eerste maanden wekelijks langs, helpt taken te structureren en bespreekt knelpunten met werknemer en leidinggevende. ' +
      'De begeleiding wordt geleidelijk afgebouwd en overgedragen aan een vaste collega.',
    howYouDoIt:
      'De jobcoach werkt naar twee kanten: hij steunt de werknemer en helpt het team om de nieuwe collega echt op te nemen. ' +
      'Problemen worden vroeg benoemd, voordat ze uit de hand lopen.',
    effect:
      'Werknemers houden hun baan vaker vast en leidinggevenden voelen zich gesteund. ' +
      'Het verschil is het duidelijkst in het eerste jaar na plaatsing.',
    determinants: [
      Determinant.SKILLS_KNOWLEDGE,
      Determinant.ENVIRONMENTAL_BARRIERS,
      Determinant.SOCIAL_NORM,
    ],
    targetGroups: [TargetGroup.WAJONG, TargetGroup.PARTICIPATIEWET, TargetGroup.HEALTH_COMPLAINTS],
    tracks: [Track.SPOOR_1, Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.GOOD_INDICATIONS,
    evidenceRatedOn: '2022-06-01',
    evidenceRationale:
      'Een quasi-experimenteel onderzoek met registerdata laat zien dat werknemers met jobcoaching na een jaar vaker nog in dienst zijn dan een gematchte vergelijkingsgroep. ' +
      'De werkzame elementen zijn beschreven en maken deel uit van de opleiding tot jobcoach.',
    workingElements: [
      'Begeleiding op de werkplek zelf',
      'Leidinggevende en collega’s actief betrokken',
      'Afbouwschema met overdracht aan een vaste collega',
      'Knelpunten vroegtijdig bespreken',
    ],
    sources: ['Jobcoaching in Nederland: een overzicht, TNO, 2020 (https://www.tno.example/publicaties/jobcoaching)'],
    developerOrganizationSlugs: ['tno', 'uwv'],
    practical: {
      durationAndIntensity: 'Intensief in de eerste maanden (wekelijks op de werkplek), daarna afbouwend tot eens per maand; meestal één tot drie jaar.',
      costs: 'UWV vergoedt jobcoaching voor mensen met een Wajong- of WIA-uitkering; gemeenten voor wie onder de Participatiewet valt.',
      provider: 'Jobcoachorganisaties en interne jobcoaches bij werkgevers',
      contact: 'info@jobcoachnetwerk.example',
      trainingOrLicence: 'Een erkende opleiding tot jobcoach; voor vergoeding door UWV een geregistreerde jobcoach.',
      materials: ['Jobcoaching in Nederland: een overzicht, TNO, 2020 (https://www.tno.example/publicaties/jobcoaching)'],
    },
  },
  {
    slug: 'groepstraining-zelfeffectiviteit',
    name: 'Groepstraining Zelf aan het Roer',
    summary:
      'Een groepstraining van vijf dagdelen die het vertrouwen van werkzoekenden in hun eigen zoekgedrag versterkt en hen voorbereidt op tegenslag, naar het voorbeeld van het Amerikaanse JOBS-programma.',
    whatYouDo:
      'Twee trainers begeleiden een groep van twaalf tot twintig werkzoekenden in vijf bijeenkomsten van een halve dag. ' +
      'Deelnemers oefenen met zoekstrategieën, sollicitatiegesprekken en het omgaan met afwijzingen, en leren van elkaars ervaringen.',
    howYouDoIt:
      'Actief en bemoedigend: trainers geven veel positieve feedback, laten deelnemers hun eigen deskundigheid inbrengen en spelen lastige situaties vooraf door.',
    effect:
      'Deelnemers vinden sneller werk en hebben minder sombere klachten dan vergelijkbare werkzoekenden zonder training. ' +
      'Het effect is het grootst bij mensen met een verhoogd risico op psychische klachten.',
    determinants: [
      Determinant.SELF_EFFICACY,
      Determinant.SKILLS_KNOWLEDGE,
      Determinant.MOTIVATION_ATTITUDE,
    ],
    targetGroups: [TargetGroup.WW, TargetGroup.PARTICIPATIEWET, TargetGroup.OLDER_JOBSEEKERS],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.STRONG_INDICATIONS,
    evidenceRatedOn: '2023-11-08',
    evidenceRationale:
      'Het oorspronkelijke programma is in meerdere gerandomiseerde studies onderzocht, met effecten op zowel werkhervatting als mentale gezondheid. ' +
      'Een Nederlandse gerandomiseerde studie bevestigde het effect op werkhervatting, ook bij een follow-up van anderhalf jaar.',
    workingElements: [
      'Oefenen van zoekvaardigheden in een veilige groep',
      'Voorbereiden op tegenslag en afwijzing',
      'Actieve, bemoedigende trainersstijl',
      'Steun van medecursisten',
    ],
    sources: [
      'Trainershandleiding Zelf aan het Roer, TNO, 2019 (https://www.tno.example/publicaties/zelf-aan-het-roer)',
      'Effectstudie groepstraining zelfeffectiviteit bij werkzoekenden, TNO, 2018',
    ],
    developerOrganizationSlugs: ['tno', 'uwv'],
  },
  {
    slug: 'werkgeversdienstverlening-inclusief-werkgeverschap',
    name: 'Werkgeversdienstverlening voor inclusief werkgeverschap',
    summary:
      'Ondersteuning van werkgevers bij het vormgeven van inclusief werkgeverschap, van functieanalyse tot coaching van leidinggevenden, met het integratief gedragsmodel toegepast op werkgeversgedrag.',
    whatYouDo:
      'Een werkgeversadviseur brengt samen met de werkgever in kaart wat hem ervan weerhoudt mensen met een afstand tot de arbeidsmarkt aan te nemen: houding, verwachtingen van collega’s, vertrouwen in eigen kunnen of praktische drempels. ' +
      'Per drempel volgt passende ondersteuning, zoals loonkostensubsidie, een no-riskpolis of training van leidinggevenden.',
    howYouDoIt:
      'De adviseur spreekt de taal van het bedrijf en vertrekt vanuit de bedrijfsvoering, niet vanuit de regeling. ' +
      'Werkgevers worden aangesproken op hun ambitie en niet op een maatschappelijke plicht.',
    effect:
      'Werkgevers nemen vaker en met meer vertrouwen mensen uit de doelgroep aan en zijn beter voorbereid op de begeleiding. ' +
      'Het effect op het behoud van deze werknemers wordt nog onderzocht.',
    determinants: [
      Determinant.MOTIVATION_ATTITUDE,
      Determinant.SOCIAL_NORM,
      Determinant.SELF_EFFICACY,
      Determinant.ENVIRONMENTAL_BARRIERS,
    ],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WAJONG, TargetGroup.WIA],
    tracks: [Track.SPOOR_1, Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.THEORETICALLY_SOUND,
    evidenceRatedOn: '2024-09-10',
    evidenceRationale:
      'De aanpak vertaalt het integratief gedragsmodel expliciet naar werkgeversgedrag en beschrijft per determinant welke ondersteuning past. ' +
      'Effectonderzoek loopt in Breda en binnen de Leerkring Inclusief Werkgeven Brabant.',
    workingElements: [
      'Analyse van drempels per determinant bij de werkgever',
      'Aansluiten bij de bedrijfsvoering',
      'Combinatie van financiële en inhoudelijke ondersteuning',
      'Training van leidinggevenden',
    ],
    sources: [
      'Werkgeversgedrag en inclusie: een verkenning, Tilburg University, 2023 (https://www.tilburguniversity.example/inclusief-werkgeverschap)',
    ],
    developerOrganizationSlugs: ['tilburg-university', 'gemeente-breda'],
  },
  {
    slug: 'loopbaanbegeleiding-opwaartse-mobiliteit',
    name: 'Loopbaanbegeleiding voor opwaartse mobiliteit',
    summary:
      'Loopbaanbegeleiding voor werkenden aan de basis van de arbeidsmarkt die willen doorgroeien naar beter betaald, zekerder of passender werk.',
    whatYouDo:
      'Werkenden met een laag inkomen of een flexibel contract krijgen een loopbaancoach die met hen scholingswensen, doorgroeikansen en financiële gevolgen op een rij zet. ' +
      'Waar het kan legt de coach verbinding met de werkgever en met scholingsbudgetten.',
    howYouDoIt:
      'Het vertrekpunt is ambitie en niet een tekort: de werkende wordt gezien als iemand die verder wil. ' +
      'Afspraken vinden plaats op een tijd en plek die de werkende uitkomt, zo nodig buiten werktijd.',
    effect:
      'Deelnemers zetten vaker een concrete stap, zoals een opleiding, meer uren of een functie met een vast contract. ' +
      'Op de langere termijn moet dit armoede onder werkenden en terugval in de uitkering verminderen.',
    determinants: [
      Determinant.MOTIVATION_ATTITUDE,
      Determinant.SELF_EFFICACY,
      Determinant.ENVIRONMENTAL_BARRIERS,
      Determinant.SKILLS_KNOWLEDGE,
    ],
    targetGroups: [TargetGroup.EMPLOYED, TargetGroup.PARTICIPATIEWET],
    tracks: [Track.SPOOR_1, Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.WELL_DESCRIBED,
    evidenceRatedOn: '2024-05-22',
    evidenceRationale:
      'De begeleiding is beschreven in een werkwijzer met doelgroep, doelen en gespreksfasen. ' +
      'De theoretische onderbouwing en de effectmeting worden in het Amersfoortse project uitgewerkt.',
    workingElements: [
      'Loopbaancoach los van de uitkeringsrelatie',
      'Financiële gevolgen van elke stap doorrekenen',
      'Verbinding met werkgever en scholingsbudget',
      'Flexibele tijden en plaatsen voor afspraken',
    ],
    sources: [
      'Werkwijzer Omhoog aan de basis, Gemeente Amersfoort, 2023 (https://www.amersfoort.example/werk/opwaartse-mobiliteit)',
    ],
    developerOrganizationSlugs: ['gemeente-amersfoort', 'hogeschool-utrecht'],
  },
  {
    slug: 'methodische-intervisie',
    name: 'Methodische intervisie voor re-integratieprofessionals',
    summary:
      'Gestructureerde intervisie waarin werkcoaches, trajectbegeleiders en arbeidsdeskundigen casuïstiek bespreken aan de hand van het afwegingskader Gewogen Maatwerk.',
    whatYouDo:
      'Elke zes weken komt een vaste groep van zes tot acht professionals bijeen. ' +
      'Eén deelnemer brengt een casus in en de groep onderzoekt met een vaste vraagvolgorde welke determinanten spelen, wat is ingezet en welk effect verwacht mag worden.',
    howYouDoIt:
      'Veiligheid en nieuwsgierigheid: het gaat om het onderzoeken van afwegingen, niet om het beoordelen van de inbrenger. ' +
      'De begeleider bewaakt dat ook twijfels en fouten op tafel kunnen komen.',
    effect:
      'Professionals onderbouwen hun keuzes beter en staan minder alleen in moeilijke afwegingen; dat versterkt hun vakmanschap. ' +
      'Teams ontwikkelen een gedeelde taal, een voorwaarde om als lerende organisatie te kunnen werken.',
    determinants: [Determinant.SKILLS_KNOWLEDGE, Determinant.SOCIAL_NORM, Determinant.SELF_EFFICACY],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WW, TargetGroup.WIA],
    tracks: [Track.SPOOR_1, Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.THEORETICALLY_SOUND,
    evidenceRatedOn: '2024-01-25',
    evidenceRationale:
      'De intervisievorm is uitgewerkt en gekoppeld aan theorie over reflectief leren en aan het afwegingskader Gewogen Maatwerk. ' +
      'Effecten op uitkomsten voor cliënten zijn niet onderzocht; een evaluatie van de professionele praktijk loopt.',
    workingElements: [
      'Vaste groep en vaste frequentie',
      'Gestructureerde vraagvolgorde langs de determinanten',
      'Getrainde intervisiebegeleider',
      'Ruimte voor twijfel en fouten',
    ],
    sources: [
      'Intervisiemodel Gewogen Maatwerk, Hogeschool van Amsterdam, 2023 (https://www.hva.example/lectoraat/intervisie-gewogen-maatwerk)',
    ],
    developerOrganizationSlugs: ['hogeschool-van-amsterdam', 'fontys-hogescholen'],
  },
  {
    slug: 'taalcoaching-op-de-werkvloer',
    name: 'Taalcoaching op de werkvloer',
    summary:
      'Nieuwkomers leren Nederlands in hun werksituatie zelf, met een taalcoach die ook collega’s en leidinggevende ondersteunt.',
    whatYouDo:
      'Naast een baan of werkervaringsplaats krijgt de nieuwkomer wekelijks een uur taalcoaching op de werkplek, gericht op de woorden en situaties uit het eigen werk. ' +
      'Collega’s krijgen tips om helder te communiceren en het gebruik van Nederlands aan te moedigen.',
    howYouDoIt:
      'Taal is geen voorwaarde vooraf maar groeit mee met het werk. ' +
      'De coach waardeert wat de nieuwkomer al kan en bouwt daarop voort.',
    effect:
      'Nieuwkomers worden sneller zelfstandig op de werkvloer en voelen zich meer opgenomen in het team. ' +
      'De kans op verlenging van het contract lijkt toe te nemen.',
    determinants: [
      Determinant.SKILLS_KNOWLEDGE,
      Determinant.SOCIAL_NORM,
      Determinant.ENVIRONMENTAL_BARRIERS,
    ],
    targetGroups: [TargetGroup.NEWCOMERS, TargetGroup.PARTICIPATIEWET],
    tracks: [Track.SPOOR_2],
    evidenceLevel: EvidenceLevel.FIRST_INDICATIONS,
    evidenceRatedOn: '2024-07-04',
    evidenceRationale:
      'Een evaluatie in Nijmegen met voor- en nameting laat vooruitgang zien in werkgerelateerde taalvaardigheid en vaker contractverlenging dan in eerdere cohorten. ' +
      'Een gelijktijdige controlegroep ontbrak.',
    workingElements: [
      'Taal leren in de eigen werksituatie',
      'Collega’s als taalmaatje',
      'Woordenschat uit het eigen vak',
      'Wekelijks vast contactmoment',
    ],
    sources: [
      'Evaluatie Taal op de werkvloer, Gemeente Nijmegen, 2024 (https://www.nijmegen.example/werk/taal-op-de-werkvloer)',
    ],
    developerOrganizationSlugs: ['gemeente-nijmegen'],
  },
];
