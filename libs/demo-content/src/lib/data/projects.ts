import { ProjectStatus, TargetGroup } from '@werkkennis/kernel';
import type { DemoProject } from '../demo-data.types';

/**
 * Projects of the demo world. Project leads are fictional people. Two projects are drafts
 * (`published: false`), one of Gemeente Tilburg and one of Gemeente Amsterdam.
 */
export const projects: DemoProject[] = [
  {
    slug: 'economische-veerkracht-alleenstaande-moeders',
    title: 'Economische veerkracht van alleenstaande moeders in de bijstand',
    summary:
      'Gemeente Tilburg onderzoekt hoe de economische veerkracht van alleenstaande moeders in de bijstand kan worden versterkt. ' +
      'Centraal staat een begeleiding die werk, inkomen, schulden en kinderopvang in samenhang bekijkt, en de vraag welke bejegening daarbij helpt.',
    reason:
      'Alleenstaande moeders vormen een groot deel van het Tilburgse bijstandsbestand en blijven gemiddeld langer in de uitkering dan andere groepen. ' +
      'Landelijk gaat er bovendien minder re-integratiegeld naar vrouwen dan naar mannen. ' +
      'Klantmanagers gaven zelf aan dat zij moeders met jonge kinderen te snel ontzien, omdat de zorgtaken als onoverkomelijk worden gezien.',
    background:
      'Economische veerkracht is meer dan het hebben van een baan: het is het vermogen om financiële tegenslag op te vangen, keuzes te maken en vooruit te plannen. ' +
      'Schulden en onzekerheid over toeslagen maken de stap naar werk riskant, zeker bij een wisselend inkomen. ' +
      'Het project gebruikt het afwegingskader Gewogen Maatwerk om per moeder vast te leggen wat er wordt gedaan, hoe en met welk effect.',
    goal:
      'Nagaan of een integrale begeleiding op basis van vertrouwen de economische veerkracht en de arbeidsparticipatie van alleenstaande moeders vergroot, vergeleken met de gebruikelijke begeleiding. ' +
      'Daarnaast willen we begrijpen welke elementen van de bejegening het verschil maken.',
    expectedResults:
      'Een beschreven en getoetste werkwijze voor klantmanagers, inclusief een module financiële coaching. ' +
      'Inzicht in het effect op economische veerkracht, werkaanvaarding en vertrouwen in de gemeente na achttien maanden. ' +
      'Bruikbare aanbevelingen voor de andere gemeenten in het lerend netwerk.',
    status: ProjectStatus.RUNNING,
    startDate: '2023-01-01',
    durationMonths: 36,
    leads: ['Noor Hendriks', 'Lotte van Gils'],
    funders: ['ZonMw'],
    leadOrganizationSlug: 'gemeente-tilburg',
    partnerOrganizationSlugs: [
      'tilburg-university',
      'fontys-hogescholen',
      'clientenraad-werk-en-inkomen-tilburg',
    ],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Gewogen Maatwerk', 'Armoede en schulden', 'Bejegening', 'Gender en re-integratie'],
    targetGroups: [TargetGroup.SINGLE_PARENTS, TargetGroup.PARTICIPATIEWET],
    interventionSlugs: ['financiele-coaching-alleenstaande-ouders', 'afwegingskader-gewogen-maatwerk'],
    published: true,
  },
  {
    slug: 'werk-en-schulden-tilburg',
    title: 'Eerst rust, dan werk? Schuldhulp en re-integratie in één traject',
    summary:
      'In dit Tilburgse project werkten schuldhulpverleners en werkcoaches met één gezamenlijk plan voor bijstandsgerechtigden met problematische schulden. ' +
      'Onderzocht is of die combinatie sneller tot werk leidt dan de gangbare volgorde waarin schulden eerst worden opgelost.',
    reason:
      'Binnen de gemeente gold lange tijd de vuistregel dat iemand met grote schulden eerst ‘rust’ nodig heeft voordat re-integratie zinvol is. ' +
      'Werkcoaches zagen echter dat die rustperiode soms jaren duurde en dat mensen in die tijd het contact met werk volledig verloren.',
    background:
      'Onderzoek naar schaarste laat zien dat geldzorgen veel mentale ruimte innemen en het nemen van beslissingen bemoeilijken. ' +
      'Tegelijk kan werk juist structuur en perspectief bieden. ' +
      'De vraag is dus niet óf, maar hoe schuldhulp en begeleiding naar werk op elkaar moeten aansluiten.',
    goal:
      'Vergelijken van een gecombineerd traject, met één plan en twee vaste begeleiders, met de gebruikelijke volgtijdelijke aanpak. ' +
      'Uitkomsten zijn uitstroom naar werk, ervaren stress en het aantal afgebroken schuldtrajecten.',
    expectedResults:
      'Een evaluatierapport met een vergelijking van beide aanpakken en een werkinstructie voor het gecombineerde traject. ' +
      'De uitkomsten dienen als bouwsteen voor het project over economische veerkracht van alleenstaande moeders.',
    status: ProjectStatus.COMPLETED,
    startDate: '2021-04-01',
    durationMonths: 24,
    leads: ['Sven Willems'],
    funders: ['Gemeente Tilburg'],
    leadOrganizationSlug: 'gemeente-tilburg',
    partnerOrganizationSlugs: ['tilburg-university'],
    networkSlug: null,
    themes: ['Armoede en schulden', 'Integrale dienstverlening'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.SINGLE_PARENTS],
    interventionSlugs: ['financiele-coaching-alleenstaande-ouders', 'motiverende-gespreksvoering'],
    published: true,
  },
  {
    slug: 'jobcarving-zorg-tilburg',
    title: 'Jobcarving bij Tilburgse zorgwerkgevers',
    summary:
      'Gemeente Tilburg wil samen met zorgwerkgevers nieuwe functies creëren door taken van verpleegkundigen en verzorgenden anders te verdelen. ' +
      'Zo ontstaan plekken voor mensen met een arbeidsbeperking en krijgen vakkrachten meer tijd voor zorg.',
    reason:
      'Zorgorganisaties in de regio kampen met grote personeelstekorten, terwijl veel mensen met een arbeidsbeperking graag in de zorg willen werken. ' +
      'Verkennende gesprekken lieten zien dat verpleegkundigen een flink deel van hun tijd kwijt zijn aan ondersteunende taken.',
    background:
      'Jobcarving is in de logistiek en de schoonmaak al vaker toegepast, maar in de zorg nog weinig systematisch onderzocht. ' +
      'De zorg stelt eigen eisen aan veiligheid en bevoegdheden, wat de herverdeling van taken ingewikkelder maakt.',
    goal:
      'Bij drie zorgwerkgevers samen met teams minstens vijftien nieuwe functies ontwerpen en invullen. ' +
      'Daarbij wordt bijgehouden welke voorwaarden nodig zijn om de functies ook na een jaar nog te laten bestaan.',
    expectedResults:
      'Een sectorspecifieke aanvulling op de praktijkgids jobcarving en inzicht in het behoud van de nieuwe functies. ' +
      'De ervaringen worden gedeeld in de Leerkring Inclusief Werkgeven Brabant.',
    status: ProjectStatus.PLANNED,
    startDate: '2025-09-01',
    durationMonths: 24,
    leads: ['Sven Willems', 'Hatice Aydin'],
    funders: ['Gemeente Tilburg', 'Kenniscentrum AKC'],
    leadOrganizationSlug: 'gemeente-tilburg',
    partnerOrganizationSlugs: ['zorggroep-de-vijf-eiken', 'fontys-hogescholen', 'uwv'],
    networkSlug: 'leerkring-inclusief-werkgeven-brabant',
    themes: ['Inclusief werkgeverschap', 'Jobcarving', 'Zorg en welzijn'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WAJONG],
    interventionSlugs: ['jobcarving', 'jobcoaching-op-de-werkplek'],
    published: false,
  },
  {
    slug: 'integratief-gedragsmodel-amsterdam',
    title: 'Sturen met het integratief gedragsmodel: van leidinggevende tot kandidaat',
    summary:
      'Gemeente Amsterdam onderzoekt of het helpt als leidinggevenden het integratief gedragsmodel gebruiken bij het aansturen van trajectbegeleiders, terwijl die het zelf gebruiken bij de begeleiding van kandidaten. ' +
      'De hoofdvraag is of dit leidt tot meer uitstroom uit de bijstand.',
    reason:
      'Trajectbegeleiders kregen de afgelopen jaren veel trainingen, maar in de dagelijkse aansturing ging het vooral over aantallen gesprekken en plaatsingen. ' +
      'Daardoor verwaterde wat in trainingen was geleerd. ' +
      'De gemeente wil weten of een consequente lijn van leidinggevende tot kandidaat dat kan doorbreken.',
    background:
      'Het integratief gedragsmodel laat zien aan welke knoppen je kunt draaien: motivatie en houding, sociale norm, vertrouwen in eigen kunnen, vaardigheden en belemmeringen in de omgeving. ' +
      'Als leidinggevenden dezelfde taal hanteren als hun begeleiders, kan methodisch werken een vanzelfsprekend onderdeel van het vak worden.',
    goal:
      'Vaststellen of teams die de werkwijze volgen na twaalf en vierentwintig maanden een hogere uitstroom uit de uitkering realiseren dan vergelijkbare teams. ' +
      'Ook wordt gemeten hoe trajectbegeleiders hun werk en de aansturing ervaren.',
    expectedResults:
      'Een beschreven werkwijze voor leidinggevenden en begeleiders, een effectmeting op uitstroom en een procesevaluatie. ' +
      'Wanneer de werkwijze effectief blijkt, wordt ze stapsgewijs ingevoerd in alle Amsterdamse werkteams.',
    status: ProjectStatus.RUNNING,
    startDate: '2023-02-01',
    durationMonths: 36,
    leads: ['Daan Visser', 'Mirjam Koster'],
    funders: ['ZonMw'],
    leadOrganizationSlug: 'gemeente-amsterdam',
    partnerOrganizationSlugs: ['tilburg-university', 'hogeschool-van-amsterdam'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Gewogen Maatwerk', 'Vakmanschap', 'Leiderschap en aansturing', 'Methodisch werken'],
    targetGroups: [TargetGroup.PARTICIPATIEWET],
    interventionSlugs: [
      'aansturing-integratief-gedragsmodel',
      'afwegingskader-gewogen-maatwerk',
      'motiverende-gespreksvoering',
    ],
    published: true,
  },
  {
    slug: 'ips-bijstand-amsterdam',
    title: 'IPS voor bijstandsgerechtigden met psychische klachten',
    summary:
      'Amsterdam bood bijstandsgerechtigden met psychische klachten IPS aan in samenwerking met de ggz. ' +
      'In een gerandomiseerde studie is vergeleken of dit vaker tot duurzaam betaald werk leidt dan de gebruikelijke re-integratie.',
    reason:
      'Een groot deel van de Amsterdamse bijstandsgerechtigden met een grote afstand tot werk heeft psychische klachten. ' +
      'Voor mensen met een ernstige psychische aandoening was IPS al bekend, maar voor deze bredere groep in de bijstand ontbrak bewijs.',
    background:
      'IPS gaat uit van eerst plaatsen en dan ondersteunen, met de trajectbegeleider als lid van het behandelteam. ' +
      'In de bijstand ontbreekt zo’n behandelteam vaak, waardoor de samenwerking tussen gemeente en ggz-aanbieders opnieuw moest worden ingericht.',
    goal:
      'Onderzoeken of IPS bij bijstandsgerechtigden met psychische klachten leidt tot meer mensen met ten minste drie maanden betaald werk binnen achttien maanden. ' +
      'Daarnaast is gekeken naar welzijn en naar de modelgetrouwheid van de teams.',
    expectedResults:
      'Een effectstudie, een kostenanalyse en een handreiking voor samenwerking tussen gemeente en ggz. ' +
      'Bij een positief resultaat wordt IPS onderdeel van het vaste Amsterdamse aanbod.',
    status: ProjectStatus.COMPLETED,
    startDate: '2019-09-01',
    durationMonths: 36,
    leads: ['Fatima Bouzid'],
    funders: ['EU (ESF)', 'Gemeente Amsterdam'],
    leadOrganizationSlug: 'gemeente-amsterdam',
    partnerOrganizationSlugs: ['tno', 'uwv'],
    networkSlug: null,
    themes: ['Werk en psychische gezondheid', 'Samenwerking zorg en werk'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.HEALTH_COMPLAINTS],
    interventionSlugs: ['individuele-plaatsing-en-steun', 'jobcoaching-op-de-werkplek'],
    published: true,
  },
  {
    slug: 'intervisie-trajectbegeleiders-amsterdam',
    title: 'Methodische intervisie voor Amsterdamse trajectbegeleiders',
    summary:
      'Een vervolg op het project over het integratief gedragsmodel: trajectbegeleiders gaan in vaste groepen casuïstiek bespreken met het afwegingskader Gewogen Maatwerk. ' +
      'De gemeente wil weten of dit het geleerde beter laat beklijven.',
    reason:
      'In de procesevaluatie van het lopende project gaven begeleiders aan behoefte te hebben aan collegiale reflectie naast de gesprekken met hun leidinggevende. ' +
      'Bestaande intervisie was vrijblijvend en had geen vaste structuur.',
    background:
      'Methodische intervisie verbindt reflectie met een gedeeld kader, waardoor het gesprek niet blijft hangen in ervaringen maar uitmondt in afwegingen die je kunt navertellen. ' +
      'Hogeschool van Amsterdam heeft een intervisiemodel ontwikkeld dat hierop aansluit.',
    goal:
      'In vier stadsdelen methodische intervisie invoeren en nagaan of begeleiders hun keuzes daardoor beter onderbouwen en minder werkdruk ervaren.',
    expectedResults:
      'Een getoetst intervisieprotocol voor de gemeente en een opleiding voor intervisiebegeleiders. ' +
      'Inzicht in hoe intervisie en aansturing elkaar kunnen versterken.',
    status: ProjectStatus.PLANNED,
    startDate: '2025-11-01',
    durationMonths: 18,
    leads: ['Daan Visser'],
    funders: ['Gemeente Amsterdam'],
    leadOrganizationSlug: 'gemeente-amsterdam',
    partnerOrganizationSlugs: ['hogeschool-van-amsterdam'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Professionalisering', 'Vakmanschap', 'Lerende organisatie'],
    targetGroups: [TargetGroup.PARTICIPATIEWET],
    interventionSlugs: ['methodische-intervisie', 'afwegingskader-gewogen-maatwerk'],
    published: false,
  },
  {
    slug: 'opwaartse-mobiliteit-amersfoort',
    title: 'Omhoog aan de basis: opwaartse arbeidsmobiliteit in Amersfoort',
    summary:
      'Gemeente Amersfoort zoekt naar manieren om werkenden aan de basis van de arbeidsmarkt te helpen doorgroeien naar beter betaald en zekerder werk. ' +
      'Loopbaanbegeleiding en samenwerking met werkgevers staan daarbij centraal.',
    reason:
      'Een groeiende groep Amersfoorters werkt, maar verdient te weinig om rond te komen of pendelt tussen korte contracten en de bijstand. ' +
      'De gemeentelijke dienstverlening was vooral ingericht op de eerste stap naar werk en hield op zodra iemand uitstroomde.',
    background:
      'Opwaartse mobiliteit aan de basis van de arbeidsmarkt is in Nederland beperkt: wie instroomt in laagbetaald werk, blijft daar vaak. ' +
      'Drempels liggen zowel bij de werkende, bijvoorbeeld gebrek aan tijd of vertrouwen, als bij werkgevers die weinig doorgroeimogelijkheden bieden.',
    goal:
      'Ontwikkelen en onderzoeken van een loopbaanaanbod voor werkenden met een laag inkomen, en nagaan welke stappen deelnemers binnen anderhalf jaar zetten. ' +
      'Tegelijk worden werkgevers betrokken bij het creëren van doorgroeiroutes.',
    expectedResults:
      'Een werkwijzer voor loopbaanbegeleiding aan de basis van de arbeidsmarkt, een monitor van de stappen die deelnemers zetten en lessen over samenwerking met werkgevers. ' +
      'De resultaten worden gedeeld met de andere gemeenten in het netwerk.',
    status: ProjectStatus.RUNNING,
    startDate: '2023-05-01',
    durationMonths: 30,
    leads: ['Tim Jansen', 'Esther Mulder'],
    funders: ['EU (ESF+)', 'Gemeente Amersfoort'],
    leadOrganizationSlug: 'gemeente-amersfoort',
    partnerOrganizationSlugs: ['hogeschool-utrecht', 'uwv', 'tno'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Opwaartse mobiliteit', 'Werkende armen', 'Gewogen Maatwerk'],
    targetGroups: [TargetGroup.EMPLOYED, TargetGroup.PARTICIPATIEWET],
    interventionSlugs: ['loopbaanbegeleiding-opwaartse-mobiliteit'],
    published: true,
  },
  {
    slug: 'waardengerichte-reintegratie-arbeidsdeskundigen',
    title: 'Waardengerichte re-integratie: een gesprekshandleiding voor arbeidsdeskundigen',
    summary:
      'Samen met arbeidsdeskundigen en cliënten ontwikkelen we een gesprekshandleiding waarmee arbeidsdeskundigen een op waarden gerichte re-integratie in het eerste of tweede spoor methodisch vormgeven en op kwaliteit beoordelen. ' +
      'Ook de rol van de werkgever krijgt een plek.',
    reason:
      'Na de toeslagenaffaire en de evaluatie van de Participatiewet groeit de behoefte aan begeleiding die uitgaat van vertrouwen in plaats van controle. ' +
      'Die omslag blijft achter, mede uit vrees dat minder controle tot minder uitstroom leidt. ' +
      'Arbeidsdeskundigen vragen om een werkwijze die vertrouwen vooropstelt en toch verantwoord kan worden.',
    background:
      'De methodiek combineert het Capability voor Werk Model (CvWM), dat bij werkenden is ontwikkeld, met Gewogen Maatwerk, dat is gericht op de weg van uitkering naar werk. ' +
      'Het CvWM kijkt naar wat mensen in werk waardevol vinden en of zij dat kunnen realiseren; Gewogen Maatwerk maakt de keuzes van de professional navolgbaar. ' +
      'Samen bieden ze houvast voor het gesprek over overtuigingen en waarden.',
    goal:
      'Een bruikbare gesprekshandleiding opleveren die arbeidsdeskundigen helpt hun methodisch handelen in re-integratie te versterken. ' +
      'Door de handleiding met arbeidsdeskundigen en cliënten samen te ontwikkelen, sluit ze aan op de praktijk.',
    expectedResults:
      'Een geteste gesprekshandleiding, een korte scholing voor arbeidsdeskundigen en een eerste indruk van de effecten op vertrouwen, werkplezier en duurzame werkhervatting. ' +
      'Eerdere experimenten met vergelijkbare werkwijzen lieten meer vertrouwen tussen cliënt en professional zien; dat willen we hier toetsen.',
    status: ProjectStatus.START_UP,
    startDate: '2023-09-01',
    durationMonths: 12,
    leads: ['Hanneke Smulders', 'Bram Kuipers'],
    funders: ['Kenniscentrum AKC'],
    leadOrganizationSlug: 'tilburg-university',
    partnerOrganizationSlugs: ['akc', 'nvva'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Gewogen Maatwerk', 'Arbeidsdeskundigheid', 'Vertrouwen', 'Methodisch werken'],
    targetGroups: [TargetGroup.ZIEKTEWET, TargetGroup.WIA, TargetGroup.EMPLOYED],
    interventionSlugs: [
      'gesprekshandleiding-waardengerichte-reintegratie',
      'afwegingskader-gewogen-maatwerk',
    ],
    published: true,
  },
  {
    slug: 'perspectiefverschillen-reintegratiekennis',
    title: 'Perspectiefverschillen in re-integratiekennis',
    summary:
      'Gemeenten, UWV en het ministerie van SZW geven verschillende betekenissen aan begrippen als vakmanschap, evidence-based werken en lerende organisatie. ' +
      'In dit project gingen zij met onderzoekers in gesprek over die verschillen en over de rol van onderzoek bij professionalisering.',
    reason:
      'Het ministerie van SZW merkte dat veelgebruikte termen in de re-integratiepraktijk door partijen verschillend worden ingevuld, wat tot misverstanden leidt. ' +
      'Het wilde laten uitzoeken welke perspectieven en belangen achter die verschillen zitten en of ze te overbruggen zijn.',
    background:
      'Professionalisering van de uitvoering staat al jaren op de agenda, maar partijen verwachten verschillende dingen van onderzoek. ' +
      'Waar de een vooral bewijs van effectiviteit zoekt, vraagt de ander om kennis die helpt bij het dagelijkse oordeel. ' +
      'Zolang die verwachtingen niet worden uitgesproken, blijft kennisbenutting moeizaam.',
    goal:
      'Zichtbaar maken waar de perspectieven van ministerie, UWV, gemeenten en kennisinstellingen uiteenlopen en waar ze elkaar raken. ' +
      'Daarnaast verkennen hoe partijen gezamenlijk kunnen blijven leren en welke rol onderzoek daarin kan spelen.',
    expectedResults:
      'Een verslag van een expertbijeenkomst, twee stakeholderbijeenkomsten en een slotsessie met kennisinstellingen. ' +
      'Een overzicht van begrippen met hun uiteenlopende betekenissen, dat later de basis werd voor de gedeelde woordenschat op dit platform.',
    status: ProjectStatus.COMPLETED,
    startDate: '2016-12-01',
    durationMonths: 10,
    leads: ['Gerard Smit', 'Eva van Leeuwen'],
    funders: ['Ministerie van SZW'],
    leadOrganizationSlug: 'tno',
    partnerOrganizationSlugs: ['ministerie-szw', 'uwv', 'divosa', 'tilburg-university'],
    networkSlug: null,
    themes: ['Professionalisering', 'Vakmanschap', 'Evidence-based werken', 'Lerende organisatie'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WW],
    interventionSlugs: [],
    published: true,
  },
  {
    slug: 'pilot-voorspellers-werkhervatting',
    title: 'Pilot Voorspellers voor Werkhervatting',
    summary:
      'Het kenniscentrum van UWV onderzocht welke kenmerken van werkzoekenden werkhervatting voorspellen, met bijzondere aandacht voor zachte kenmerken zoals motivatie en vertrouwen in eigen kunnen. ' +
      'De uitkomsten zijn gebruikt voor een diagnose-instrument voor werkcoaches.',
    reason:
      'Om maatwerk te bieden en re-integratiemiddelen gericht in te zetten, hebben werkcoaches bij de start een goede inschatting nodig van iemands kansen. ' +
      'Harde kenmerken als leeftijd en opleiding verklaren maar een beperkt deel van de verschillen in werkhervatting.',
    background:
      'Een eerdere enquête onder langdurig werklozen, snelle werkhervatters en werkenden gaf aanwijzingen dat zachte kenmerken ertoe doen. ' +
      'Die inzichten werden al gebruikt in de opleiding van re-integratiecoaches, maar waren nog niet getoetst in een longitudinaal onderzoek.',
    goal:
      'Vaststellen welke kenmerken werkhervatting voorspellen, of die voorspellers verschillen tussen deelgroepen zoals ouderen en mensen met gezondheidsklachten, en of er bruikbare profielen van werkzoekenden te maken zijn.',
    expectedResults:
      'Een set gevalideerde voorspellers, profielen van werkzoekenden en handvatten voor werkcoaches bij diagnose en begeleiding. ' +
      'Tussentijdse resultaten worden gedeeld via kennismemo’s en kennisgesprekken.',
    status: ProjectStatus.COMPLETED,
    startDate: '2008-06-01',
    durationMonths: 30,
    leads: ['Rachid El Kaoui', 'Margriet Dijkstra'],
    funders: ['UWV'],
    leadOrganizationSlug: 'uwv',
    partnerOrganizationSlugs: ['rijksuniversiteit-groningen'],
    networkSlug: null,
    themes: ['Diagnose en profilering', 'Maatwerk', 'Voorspellers van werkhervatting'],
    targetGroups: [TargetGroup.WW, TargetGroup.OLDER_JOBSEEKERS, TargetGroup.HEALTH_COMPLAINTS],
    interventionSlugs: ['diagnose-instrument-zachte-kenmerken'],
    published: true,
  },
  {
    slug: 'lerend-netwerk-gewogen-maatwerk',
    title: 'Lerend netwerk Gewogen Maatwerk',
    summary:
      'Zeven gemeenten, brancheorganisaties, drie hogescholen, TNO en Tilburg University vormen samen een lerend netwerk rond Gewogen Maatwerk. ' +
      'Het netwerk onderzoekt zelf of deze manier van samenwerken kennisontwikkeling en implementatie in re-integratie versnelt.',
    reason:
      'Gemeenten doen elk afzonderlijk waardevol onderzoek naar re-integratie, maar de opbrengsten blijven vaak binnen de eigen organisatie. ' +
      'Implementatie van wat werkt verloopt traag, en dezelfde vragen worden op verschillende plekken opnieuw gesteld.',
    background:
      'Gewogen Maatwerk biedt een gedeeld kader: wat doe je, hoe doe je het en welk effect zie je, met het integratief gedragsmodel als theoretische basis. ' +
      'Een gedeelde taal maakt het mogelijk om resultaten uit verschillende gemeenten naast elkaar te leggen. ' +
      'Hogescholen zorgen ervoor dat de kennis ook in het onderwijs aan nieuwe professionals terechtkomt.',
    goal:
      'Vier jaar lang een netwerk onderhouden waarin deelnemers hun onderzoek delen, elkaars werkwijzen overnemen en gezamenlijk tools en interventies ontwikkelen. ' +
      'Tegelijk wordt onderzocht of dit de doorlooptijd van kennis naar praktijk verkort.',
    expectedResults:
      'Halfjaarlijkse leerbijeenkomsten, een gedeelde kennisbank, vertaling van kennis naar hbo- en post-hbo-onderwijs en een evaluatie van het netwerk als werkvorm. ' +
      'Dit platform is een van de opbrengsten.',
    status: ProjectStatus.RUNNING,
    startDate: '2022-09-01',
    durationMonths: 48,
    leads: ['Hanneke Smulders', 'Pieter Verbeek'],
    funders: ['ZonMw', 'Bijdragen deelnemende gemeenten'],
    leadOrganizationSlug: 'tilburg-university',
    partnerOrganizationSlugs: [
      'gemeente-tilburg',
      'gemeente-amsterdam',
      'gemeente-amersfoort',
      'gemeente-breda',
      'gemeente-zwolle',
      'gemeente-nijmegen',
      'gemeente-rotterdam',
      'nvva',
      'divosa',
      'hogeschool-utrecht',
      'hogeschool-van-amsterdam',
      'fontys-hogescholen',
      'tno',
    ],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Gewogen Maatwerk', 'Lerende organisatie', 'Kennisbenutting', 'Professionalisering'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WW, TargetGroup.WIA],
    interventionSlugs: ['afwegingskader-gewogen-maatwerk', 'methodische-intervisie'],
    published: true,
  },
  {
    slug: 'inclusief-werkgeven-breda',
    title: 'Werkgevers in beweging: inclusief werkgeverschap in de regio Breda',
    summary:
      'Gemeente Breda onderzoekt wat werkgevers beweegt om mensen met een afstand tot de arbeidsmarkt aan te nemen en in dienst te houden. ' +
      'Het integratief gedragsmodel wordt daarbij toegepast op het gedrag van de werkgever in plaats van de werkzoekende.',
    reason:
      'Er is veel bekend over wat werkzoekenden helpt, maar veel minder over hoe je werkgevers meekrijgt. ' +
      'Breda zag dat werkgevers na een eerste plaatsing vaak afhaakten, zonder dat duidelijk werd waarom.',
    background:
      'Voor een inclusieve arbeidsmarkt zijn twee partijen nodig: iemand die werk zoekt en een werkgever die ruimte biedt. ' +
      'Door werkgeversgedrag te bekijken langs motivatie, sociale norm, eigen effectiviteit en drempels in de omgeving, kan de werkgeversdienstverlening gerichter worden ingezet.',
    goal:
      'In kaart brengen welke determinanten de bereidheid van werkgevers om mensen uit de doelgroep aan te nemen en te behouden het sterkst bepalen. ' +
      'Op basis daarvan de werkgeversdienstverlening aanpassen en de gevolgen volgen.',
    expectedResults:
      'Een vragenlijst voor werkgevers, een aangepaste werkwijze voor werkgeversadviseurs en inzicht in het behoud van geplaatste werknemers na twaalf maanden. ' +
      'De opbrengst wordt ingebracht in de Leerkring Inclusief Werkgeven Brabant.',
    status: ProjectStatus.RUNNING,
    startDate: '2024-01-01',
    durationMonths: 24,
    leads: ['Joost van Dam'],
    funders: ['NWA', 'Gemeente Breda'],
    leadOrganizationSlug: 'gemeente-breda',
    partnerOrganizationSlugs: ['tilburg-university', 'fontys-hogescholen', 'uwv'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Inclusief werkgeverschap', 'Werkgeversdienstverlening', 'Gewogen Maatwerk'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WAJONG],
    interventionSlugs: [
      'werkgeversdienstverlening-inclusief-werkgeverschap',
      'netwerkgericht-werken-met-werkgevers',
      'jobcarving',
    ],
    published: true,
  },
  {
    slug: 'zelf-aan-het-roer-zwolle',
    title: 'Zelf aan het Roer voor oudere werkzoekenden in Zwolle',
    summary:
      'Gemeente Zwolle en UWV wilden de groepstraining Zelf aan het Roer aanbieden aan werkzoekenden van 55 jaar en ouder, aangevuld met individuele loopbaangesprekken. ' +
      'Het project is voortijdig gestopt omdat te weinig deelnemers konden worden geworven.',
    reason:
      'Oudere werkzoekenden blijven in Zwolle, net als elders, gemiddeld veel langer werkloos dan jongere. ' +
      'Uit gesprekken bleek dat veel van hen het vertrouwen hadden verloren dat een werkgever nog op hen zat te wachten.',
    background:
      'De groepstraining heeft een sterke onderbouwing bij een brede groep werkzoekenden, maar is nauwelijks specifiek voor ouderen onderzocht. ' +
      'Het idee was om de training te combineren met loopbaangesprekken waarin leeftijd expliciet aan bod komt.',
    goal:
      'Nagaan of de combinatie van training en loopbaangesprekken het vertrouwen in eigen kunnen en de werkhervatting van oudere werkzoekenden vergroot.',
    expectedResults:
      'Een effectmeting na zes en twaalf maanden bij honderdvijftig deelnemers. ' +
      'Omdat het project is gestopt, is alleen een procesevaluatie over de werving beschikbaar.',
    status: ProjectStatus.STOPPED,
    startDate: '2023-03-01',
    durationMonths: 18,
    leads: ['Ilse Boersma'],
    funders: ['UWV', 'Gemeente Zwolle'],
    leadOrganizationSlug: 'gemeente-zwolle',
    partnerOrganizationSlugs: ['uwv', 'tno'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Oudere werkzoekenden', 'Zelfeffectiviteit'],
    targetGroups: [TargetGroup.OLDER_JOBSEEKERS, TargetGroup.WW, TargetGroup.PARTICIPATIEWET],
    interventionSlugs: ['groepstraining-zelfeffectiviteit', 'loopbaangesprek-oudere-werkzoekenden'],
    published: true,
  },
  {
    slug: 'taal-op-de-werkvloer-nijmegen',
    title: 'Taal op de werkvloer: nieuwkomers aan het werk in Nijmegen',
    summary:
      'Nijmegen koppelde werkervaringsplaatsen voor nieuwkomers aan wekelijkse taalcoaching op de werkplek. ' +
      'Het project liet zien dat taal en werk elkaar kunnen versterken als je ze niet na elkaar maar naast elkaar organiseert.',
    reason:
      'Statushouders moesten vaak eerst een lang taaltraject afronden voordat werk in beeld kwam, waardoor hun start op de arbeidsmarkt jaren werd uitgesteld. ' +
      'Werkgevers gaven tegelijk aan dat taal op de werkvloer sneller wordt geleerd dan in de klas.',
    background:
      'Taal leren in de context waarin je het nodig hebt, blijkt effectiever dan losse lessen. ' +
      'Voor werkgevers is de begeleiding van collega’s die de taal nog niet goed beheersen een belangrijke drempel.',
    goal:
      'Onderzoeken of taalcoaching op de werkvloer de werkgerelateerde taalvaardigheid en de kans op een vervolgcontract verbetert.',
    expectedResults:
      'Een evaluatie met voor- en nameting, een werkinstructie voor taalcoaches en tips voor werkgevers. ' +
      'Bij gebleken meerwaarde wordt de aanpak onderdeel van de reguliere inburgeringsroute.',
    status: ProjectStatus.COMPLETED,
    startDate: '2022-01-01',
    durationMonths: 24,
    leads: ['Youssef Amrani'],
    funders: ['EU (ESF+)', 'Gemeente Nijmegen'],
    leadOrganizationSlug: 'gemeente-nijmegen',
    partnerOrganizationSlugs: ['divosa', 'tno'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Nieuwkomers', 'Taal en werk', 'Inclusief werkgeverschap'],
    targetGroups: [TargetGroup.NEWCOMERS, TargetGroup.PARTICIPATIEWET],
    interventionSlugs: ['taalcoaching-op-de-werkvloer', 'werkervaringsplaats'],
    published: true,
  },
  {
    slug: 'motiverend-in-gesprek-rotterdam',
    title: 'Motiverend in gesprek: training en supervisie voor Rotterdamse werkcoaches',
    summary:
      'Rotterdam traint werkcoaches in motiverende gespreksvoering en onderzoekt wat er nodig is om die vaardigheid vast te houden. ' +
      'Supervisie op basis van gespreksopnames is daarbij het belangrijkste middel.',
    reason:
      'Veel werkcoaches hebben ooit een training in motiverende gespreksvoering gevolgd, maar in opnames van gesprekken was daar weinig meer van terug te zien. ' +
      'Jongeren in de bijstand gaven aan dat gesprekken vooral over verplichtingen gingen.',
    background:
      'Uit ander onderzoek is bekend dat gespreksvaardigheden na een training snel wegzakken zonder feedback. ' +
      'Vakmanschap vraagt daarom om blijvend oefenen en om een organisatie die daar tijd voor vrijmaakt.',
    goal:
      'Vaststellen of supervisie op basis van opnames de kwaliteit van motiverende gespreksvoering op peil houdt, en of jongeren daardoor meer vertrouwen in eigen kunnen ervaren.',
    expectedResults:
      'Een supervisieprotocol, metingen van gespreksvaardigheid op drie momenten en een vergelijking van zelfeffectiviteit bij jongeren met en zonder getrainde coach.',
    status: ProjectStatus.RUNNING,
    startDate: '2024-04-01',
    durationMonths: 24,
    leads: ['Naomi Groen', 'Ruben de Bruijn'],
    funders: ['ZonMw', 'Gemeente Rotterdam'],
    leadOrganizationSlug: 'gemeente-rotterdam',
    partnerOrganizationSlugs: ['hogeschool-van-amsterdam', 'divosa'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Vakmanschap', 'Gespreksvoering', 'Jongeren'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.YOUNG_ADULTS],
    interventionSlugs: ['motiverende-gespreksvoering', 'werkfit-training'],
    published: true,
  },
  {
    slug: 'gewogen-maatwerk-in-het-hbo',
    title: 'Gewogen Maatwerk in het hbo-onderwijs',
    summary:
      'Drie hogescholen brengen het afwegingskader Gewogen Maatwerk en het integratief gedragsmodel in het onderwijs aan toekomstige re-integratieprofessionals en arbeidsdeskundigen. ' +
      'Praktijkcasussen uit het lerend netwerk vormen het lesmateriaal.',
    reason:
      'Kennis uit onderzoek bereikt de praktijk pas echt als nieuwe professionals er in hun opleiding mee vertrouwd raken. ' +
      'Docenten gaven aan dat zij wel over re-integratiemethoden lesgeven, maar weinig over het onderbouwen van keuzes.',
    background:
      'In de opleidingen sociaal werk, toegepaste psychologie en de post-hbo-opleiding arbeidsdeskundige komt methodisch handelen al aan bod, maar zonder gemeenschappelijk kader. ' +
      'Het lerend netwerk levert geanonimiseerde casuïstiek en gastdocenten uit de praktijk.',
    goal:
      'Een lesmodule van vijf studiepunten ontwikkelen en in drie opleidingen uitproberen. ' +
      'Ook wordt een nascholing voor zittende professionals afgeleid van de module.',
    expectedResults:
      'Een lesmodule met casusmateriaal, een toetsvorm en een evaluatie onder studenten en docenten. ' +
      'Op termijn kan de module landelijk worden aangeboden via de brancheverenigingen.',
    status: ProjectStatus.PLANNED,
    startDate: '2025-09-01',
    durationMonths: 24,
    leads: ['Marloes Bakker'],
    funders: ['ZonMw', 'Kenniscentrum AKC'],
    leadOrganizationSlug: 'hogeschool-utrecht',
    partnerOrganizationSlugs: ['fontys-hogescholen', 'hogeschool-van-amsterdam', 'nvva', 'akc'],
    networkSlug: 'gewogen-maatwerk',
    themes: ['Onderwijs', 'Professionalisering', 'Gewogen Maatwerk'],
    targetGroups: [TargetGroup.PARTICIPATIEWET, TargetGroup.WW, TargetGroup.WIA],
    interventionSlugs: ['afwegingskader-gewogen-maatwerk', 'methodische-intervisie'],
    published: true,
  },
];
