import type { DemoLearningNetwork } from '../demo-data.types';

export const learningNetworks: DemoLearningNetwork[] = [
  {
    slug: 'gewogen-maatwerk',
    name: 'Lerend netwerk Gewogen Maatwerk',
    centralQuestion:
      'Versnelt een lerend netwerk de ontwikkeling en de toepassing van kennis over re-integratie?',
    description:
      'In dit netwerk werken zeven gemeenten samen met brancheorganisaties, drie hogescholen, TNO en Tilburg University. ' +
      'Elke gemeente voert een eigen onderzoek uit en brengt de opbrengst terug in gezamenlijke leerbijeenkomsten, zodat kennis niet in één gemeentehuis blijft liggen. ' +
      'Het afwegingskader Gewogen Maatwerk is de gemeenschappelijke taal: wat doe je, hoe doe je het en welk effect zie je. ' +
      'Het netwerk wordt vier jaar lang gefinancierd door ZonMw, aangevuld met bijdragen van de deelnemende gemeenten.',
    startDate: '2022-09-01',
    endDate: '2026-08-31',
    funders: ['ZonMw', 'Bijdragen deelnemende gemeenten'],
    memberSlugs: [
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
      'tilburg-university',
    ],
  },
  {
    slug: 'leerkring-inclusief-werkgeven-brabant',
    name: 'Leerkring Inclusief Werkgeven Brabant',
    centralQuestion:
      'Wat hebben werkgevers nodig om mensen met een afstand tot de arbeidsmarkt niet alleen aan te nemen, maar ook te behouden?',
    description:
      'Een kleine leerkring van twee Brabantse gemeenten, UWV, een zorgwerkgever, Fontys Hogescholen en Tilburg University. ' +
      'De deelnemers bespreken elk kwartaal concrete plaatsingen die goed of juist niet goed liepen en zoeken samen naar de werkzame elementen aan werkgeverskant. ' +
      'De leerkring sluit aan op het lerend netwerk Gewogen Maatwerk, maar kijkt nadrukkelijk vanuit de werkgever.',
    startDate: '2024-03-01',
    endDate: '2026-02-28',
    funders: ['Kenniscentrum AKC', 'Gemeente Tilburg'],
    memberSlugs: [
      'gemeente-tilburg',
      'gemeente-breda',
      'uwv',
      'zorggroep-de-vijf-eiken',
      'fontys-hogescholen',
      'tilburg-university',
    ],
  },
];
