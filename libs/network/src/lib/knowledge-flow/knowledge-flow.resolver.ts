import { Args, Query, Resolver } from '@nestjs/graphql';
import { InterventionService } from '@werkkennis/interventions';
import { OrganizationService } from '@werkkennis/organizations';
import { KnowledgeFlowModel } from './knowledge-flow.model';
import { KnowledgeFlowService } from './knowledge-flow.service';

@Resolver(() => KnowledgeFlowModel)
export class KnowledgeFlowResolver {
  constructor(
    private readonly flows: KnowledgeFlowService,
    private readonly organizations: OrganizationService,
    private readonly interventions: InterventionService,
  ) {}

  @Query(() => KnowledgeFlowModel, {
    description: 'Kennisstroom: de leden per soort, interventies van de ene organisatie gebruikt in gepubliceerde projecten van een andere, en dat gebruik per jaar. Met een netwerk (slug) alleen tussen zijn leden.',
  })
  async knowledgeFlow(@Args('networkSlug', { nullable: true }) networkSlug?: string) {
    const network = networkSlug ? await this.organizations.networkBySlug(networkSlug) : null;
    const members = (await this.flows.members(networkSlug)).filter((member) => !!member);
    const uses = await this.flows.crossUses(network ? members.map((member) => member.id) : undefined);
    const organizationById = new Map(members.map((member) => [member.id, member]));
    const interventionById = new Map(
      (await this.interventions.byIds([...new Set(uses.map((use) => use.interventionId))])).flatMap((intervention) => (intervention ? [[intervention.id, intervention] as const] : [])),
    );

    const byPair = new Map<string, { developerId: string; userId: string; uses: number; interventionIds: Set<string> }>();
    for (const use of uses) {
      const key = `${use.developerId}>${use.userId}`;
      const pair = byPair.get(key) ?? { developerId: use.developerId, userId: use.userId, uses: 0, interventionIds: new Set<string>() };
      pair.uses += 1;
      pair.interventionIds.add(use.interventionId);
      byPair.set(key, pair);
    }
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
    const links = [...byPair.values()]
      .map((pair) => ({
        developer: organizationById.get(pair.developerId)!,
        user: organizationById.get(pair.userId)!,
        uses: pair.uses,
        interventions: [...pair.interventionIds].map((id) => interventionById.get(id)!).filter(Boolean).sort(byName),
      }))
      .sort((a, b) => b.uses - a.uses || byName(a.developer, b.developer) || byName(a.user, b.user));

    const years = [...new Set(uses.map((use) => use.year))].map((year) => {
      const ofYear = uses.filter((use) => use.year === year);
      return { year, uses: ofYear.length, pairs: new Set(ofYear.map((use) => `${use.developerId}>${use.userId}`)).size };
    });

    const kinds = [...new Set(members.map((member) => member.kind))];
    return {
      network,
      membersByKind: kinds.map((kind) => ({ kind, organizations: members.filter((member) => member.kind === kind).sort(byName) })),
      links,
      years,
    };
  }
}
