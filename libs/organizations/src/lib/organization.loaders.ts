import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '@werkkennis/api-core';
import type { LinkTable } from '@werkkennis/persistence';
import DataLoader from 'dataloader';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationService } from './organization.service';

/** Request-scoped batch loaders for organisations, shared by every library that shows them. */
@Injectable()
export class OrganizationLoaders {
  constructor(private readonly service: OrganizationService) {}

  byId(loaders: LoaderRegistry): DataLoader<string, OrganizationEntity | null> {
    return loaders.get('organization.byId', () => new DataLoader((ids: readonly string[]) => this.service.byIds(ids)));
  }

  linkedThrough(loaders: LoaderRegistry, link: LinkTable): DataLoader<string, OrganizationEntity[]> {
    return loaders.get(
      `organization.linkedThrough.${link.table}`,
      () => new DataLoader((ownerIds: readonly string[]) => this.service.linkedTo(link, ownerIds)),
    );
  }
}
