import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '@werkkennis/api-core';
import type { LinkTable } from '@werkkennis/persistence';
import DataLoader from 'dataloader';
import type { InterventionEntity } from './intervention.entity';
import { InterventionService } from './intervention.service';

/** Request-scoped batch loaders for interventions, for every library that shows them. */
@Injectable()
export class InterventionLoaders {
  constructor(private readonly service: InterventionService) {}

  linkedThrough(loaders: LoaderRegistry, link: LinkTable): DataLoader<string, InterventionEntity[]> {
    return loaders.get(
      `intervention.linkedThrough.${link.table}`,
      () => new DataLoader((ownerIds: readonly string[]) => this.service.linkedTo(link, ownerIds)),
    );
  }
}
