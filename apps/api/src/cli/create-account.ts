import 'reflect-metadata';
import { getDataSourceToken } from '@nestjs/typeorm';
import { hashPassword, UserEntity } from '@werkkennis/identity';
import { OrganizationKind, Role, slugify } from '@werkkennis/kernel';
import { OrganizationEntity } from '@werkkennis/organizations';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { runCommand, withCommandContext } from './cli-context';

const USAGE =
  'Gebruik: WERKKENNIS_PASSWORD=… npm run create-account -- --email naam@organisatie.nl --name "Naam" ' +
  `--role ${Object.values(Role).join('|')} [--organization "Gemeente X" --kind ${Object.values(OrganizationKind).join('|')}]`;

/**
 * `npm run create-account`: the first accounts of a new installation (production has no demo
 * accounts). Creates the organisation too when it does not exist yet.
 */
runCommand('Account aanmaken', async () => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, organization: { type: 'string' }, kind: { type: 'string' } },
  });
  const password = process.env.WERKKENNIS_PASSWORD ?? '';
  const role = values.role as Role;
  const kind = (values.kind ?? OrganizationKind.OTHER) as OrganizationKind;
  if (!values.email || !values.name || !Object.values(Role).includes(role) || !Object.values(OrganizationKind).includes(kind)) throw new Error(USAGE);
  if (password.length < 12) throw new Error('zet WERKKENNIS_PASSWORD op een wachtwoord van minstens 12 tekens.');
  await withCommandContext(async (context) => {
    const dataSource = context.get<DataSource>(getDataSourceToken());
    await dataSource.transaction(async (manager) => {
      let organizationId: string | null = null;
      if (values.organization) {
        const slug = slugify(values.organization);
        const existing = await manager.findOneBy(OrganizationEntity, { slug });
        organizationId = (existing ?? (await manager.save(manager.create(OrganizationEntity, { slug, name: values.organization, kind, region: null, website: null })))).id;
      }
      const email = values.email!.trim().toLowerCase();
      if (await manager.existsBy(UserEntity, { email })) throw new Error(`er is al een account met ${email}.`);
      await manager.save(manager.create(UserEntity, { email, name: values.name!, role, organizationId, passwordHash: await hashPassword(password), active: true }));
      console.log(`Account ${email} (${role}) aangemaakt${values.organization ? ` bij ${values.organization}` : ''}.`);
    });
  }, { script: 'npm run create-account', whileAppRuns: 'nodig de persoon uit in de draaiende app (Beheer, Iemand uitnodigen)' });
});
