import { Role } from '@werkkennis/kernel';
import type { DemoUser } from '../demo-data.types';

/**
 * Demo accounts. All people are fictional; every address ends in `.example`.
 * The first five are the accounts documented in the README.
 */
export const users: DemoUser[] = [
  {
    email: 'redacteur@tilburg.example',
    name: 'Lotte van Gils',
    role: Role.EDITOR,
    organizationSlug: 'gemeente-tilburg',
  },
  {
    email: 'redacteur@amsterdam.example',
    name: 'Mirjam Koster',
    role: Role.EDITOR,
    organizationSlug: 'gemeente-amsterdam',
  },
  {
    email: 'onderzoeker@tilburguniversity.example',
    name: 'Hanneke Smulders',
    role: Role.RESEARCHER,
    organizationSlug: 'tilburg-university',
  },
  {
    email: 'professional@werkkennis.example',
    name: 'Kees Brouwer',
    role: Role.PRACTITIONER,
    organizationSlug: 'uwv',
  },
  {
    email: 'beheer@werkkennis.example',
    name: 'Ingrid Hoekstra',
    role: Role.ADMIN,
    organizationSlug: null,
  },
  // Auteurs van definities en annotaties
  {
    email: 'e.vanleeuwen@tno.example',
    name: 'Eva van Leeuwen',
    role: Role.RESEARCHER,
    organizationSlug: 'tno',
  },
  {
    email: 'm.bakker@hu.example',
    name: 'Marloes Bakker',
    role: Role.RESEARCHER,
    organizationSlug: 'hogeschool-utrecht',
  },
  {
    email: 'r.elkaoui@uwv.example',
    name: 'Rachid El Kaoui',
    role: Role.RESEARCHER,
    organizationSlug: 'uwv',
  },
  {
    email: 'j.postma@akc.example',
    name: 'Joris Postma',
    role: Role.RESEARCHER,
    organizationSlug: 'akc',
  },
  {
    email: 'a.dekker@szw.example',
    name: 'Annemiek Dekker',
    role: Role.EDITOR,
    organizationSlug: 'ministerie-szw',
  },
  {
    email: 't.jansen@amersfoort.example',
    name: 'Tim Jansen',
    role: Role.EDITOR,
    organizationSlug: 'gemeente-amersfoort',
  },
  {
    email: 'w.degroot@nvva.example',
    name: 'Wendy de Groot',
    role: Role.PRACTITIONER,
    organizationSlug: 'nvva',
  },
  {
    email: 'h.aydin@devijfeiken.example',
    name: 'Hatice Aydin',
    role: Role.PRACTITIONER,
    organizationSlug: 'zorggroep-de-vijf-eiken',
  },
  {
    email: 's.vermeulen@clientenraad-tilburg.example',
    name: 'Sandra Vermeulen',
    role: Role.PRACTITIONER,
    organizationSlug: 'clientenraad-werk-en-inkomen-tilburg',
  },
];
