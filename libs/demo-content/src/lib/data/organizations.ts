import { OrganizationKind } from '@werkkennis/kernel';
import type { DemoOrganization } from '../demo-data.types';

/**
 * Organisations of the demo world. Names of real organisations are used as they are; every
 * website is a fictional `.example` address.
 */
export const organizations: DemoOrganization[] = [
  // De zeven gemeenten van het lerend netwerk Gewogen Maatwerk
  {
    slug: 'gemeente-tilburg',
    name: 'Gemeente Tilburg',
    kind: OrganizationKind.MUNICIPALITY,
    region: 'Noord-Brabant',
    website: 'https://www.tilburg.example',
  },
  {
    slug: 'gemeente-amsterdam',
    name: 'Gemeente Amsterdam',
    kind: OrganizationKind.MUNICIPALITY,
    region: 'Noord-Holland',
    website: 'https://www.amsterdam.example',
  },
  {
    slug: 'gemeente-amersfoort',
    name: 'Gemeente Amersfoort',
    kind: OrganizationKind.MUNICIPALITY,
    region: 'Utrecht',
    website: 'https://www.amersfoort.example',
  },
  {
    slug: 'gemeente-breda',
    name: 'Gemeente Breda',
    kind: OrganizationKind.MUNICIPALITY,
    region: 'Noord-Brabant',
    website: 'https://www.breda.example',
  },
  {
    slug: 'gemeente-zwolle',
    name: 'Gemeente Zwolle',
    kind: OrganizationKind.MUNICIPALITY,
    region: 'Overijssel',
    website: 'https://www.zwolle.example',
  },
  {
    slug: 'gemeente-nijmegen',
    name: 'Gemeente Nijmegen',
    kind: OrganizationKind.MUNICIPALITY,
    region: 'Gelderland',
    website: 'https://www.nijmegen.example',
  },
  {
    slug: 'gemeente-rotterdam',
    name: 'Gemeente Rotterdam',
    kind: OrganizationKind.MUNICIPALITY,
    region: 'Zuid-Holland',
    website: 'https://www.rotterdam.example',
  },
  // Uitvoering en beleid
  {
    slug: 'uwv',
    name: 'UWV',
    kind: OrganizationKind.UWV,
    region: 'Landelijk',
    website: 'https://www.uwv.example',
  },
  {
    slug: 'ministerie-szw',
    name: 'Ministerie van Sociale Zaken en Werkgelegenheid',
    kind: OrganizationKind.MINISTRY,
    region: 'Landelijk',
    website: 'https://www.szw.example',
  },
  // Kennisinstellingen
  {
    slug: 'tilburg-university',
    name: 'Tilburg University',
    kind: OrganizationKind.UNIVERSITY,
    region: 'Noord-Brabant',
    website: 'https://www.tilburguniversity.example',
  },
  {
    slug: 'rijksuniversiteit-groningen',
    name: 'Rijksuniversiteit Groningen',
    kind: OrganizationKind.UNIVERSITY,
    region: 'Groningen',
    website: 'https://www.rug.example',
  },
  {
    slug: 'tno',
    name: 'TNO',
    kind: OrganizationKind.KNOWLEDGE_INSTITUTE,
    region: 'Zuid-Holland',
    website: 'https://www.tno.example',
  },
  {
    slug: 'hogeschool-utrecht',
    name: 'Hogeschool Utrecht',
    kind: OrganizationKind.UNIVERSITY_OF_APPLIED_SCIENCES,
    region: 'Utrecht',
    website: 'https://www.hu.example',
  },
  {
    slug: 'hogeschool-van-amsterdam',
    name: 'Hogeschool van Amsterdam',
    kind: OrganizationKind.UNIVERSITY_OF_APPLIED_SCIENCES,
    region: 'Noord-Holland',
    website: 'https://www.hva.example',
  },
  {
    slug: 'fontys-hogescholen',
    name: 'Fontys Hogescholen',
    kind: OrganizationKind.UNIVERSITY_OF_APPLIED_SCIENCES,
    region: 'Noord-Brabant',
    website: 'https://www.fontys.example',
  },
  {
    slug: 'akc',
    name: 'Kenniscentrum AKC',
    kind: OrganizationKind.KNOWLEDGE_INSTITUTE,
    region: 'Landelijk',
    website: 'https://www.akc.example',
  },
  // Financiers
  {
    slug: 'zonmw',
    name: 'ZonMw',
    kind: OrganizationKind.FUNDER,
    region: 'Landelijk',
    website: 'https://www.zonmw.example',
  },
  {
    slug: 'nwo',
    name: 'NWO (Nationale Wetenschapsagenda)',
    kind: OrganizationKind.FUNDER,
    region: 'Landelijk',
    website: 'https://www.nwo.example',
  },
  // Brancheorganisaties
  {
    slug: 'nvva',
    name: 'Nederlandse Vereniging van Arbeidsdeskundigen (NVvA)',
    kind: OrganizationKind.SECTOR_ORGANIZATION,
    region: 'Landelijk',
    website: 'https://www.nvva.example',
  },
  {
    slug: 'divosa',
    name: 'Divosa',
    kind: OrganizationKind.SECTOR_ORGANIZATION,
    region: 'Landelijk',
    website: 'https://www.divosa.example',
  },
  // Werkgevers en overige
  {
    slug: 'zorggroep-de-vijf-eiken',
    name: 'Zorggroep De Vijf Eiken',
    kind: OrganizationKind.EMPLOYER,
    region: 'Noord-Brabant',
    website: 'https://www.devijfeiken.example',
  },
  {
    slug: 'logistiek-amstelland',
    name: 'Logistiek Amstelland BV',
    kind: OrganizationKind.EMPLOYER,
    region: 'Noord-Holland',
    website: 'https://www.logistiekamstelland.example',
  },
  {
    slug: 'clientenraad-werk-en-inkomen-tilburg',
    name: 'Cliëntenraad Werk en Inkomen Tilburg',
    kind: OrganizationKind.OTHER,
    region: 'Noord-Brabant',
    website: 'https://www.clientenraad-tilburg.example',
  },
];
