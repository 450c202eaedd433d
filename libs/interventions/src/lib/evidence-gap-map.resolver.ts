import { Query, Resolver } from '@nestjs/graphql';
import { EvidenceGapMapModel } from './evidence-gap-map.model';
import { type EvidenceGapMap, InterventionService } from './intervention.service';

@Resolver(() => EvidenceGapMapModel)
export class EvidenceGapMapResolver {
  constructor(private readonly interventionService: InterventionService) {}

  @Query(() => EvidenceGapMapModel, {
    description: 'De bewijskaart: per determinant en doelgroep het aantal interventies en het hoogste erkenningsniveau; lege vakken zijn lacunes.',
  })
  evidenceGapMap(): Promise<EvidenceGapMap> {
    return this.interventionService.evidenceGapMap();
  }
}
