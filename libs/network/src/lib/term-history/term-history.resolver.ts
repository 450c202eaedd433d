import { Args, Query, Resolver } from '@nestjs/graphql';
import { TermHistoryService, VocabularyRecords } from '@werkkennis/vocabulary';
import { SessionService } from '../sessions/session.service';
import { TermHistoryModel } from './term-history.model';

/** A session is placed at midday of its day, so it reads as that day in every European time zone. */
const momentOf = (heldOn: string) => new Date(`${heldOn}T12:00:00.000Z`);

@Resolver(() => TermHistoryModel)
export class TermHistoryResolver {
  constructor(
    private readonly vocabulary: VocabularyRecords,
    private readonly histories: TermHistoryService,
    private readonly sessions: SessionService,
  ) {}

  @Query(() => TermHistoryModel, {
    description: 'De tijdlijn van een begrip: per definitieversie, vastgestelde relatie en bijeenkomst de divergentie van de definities zoals ze toen luidden, en de overeenkomsten en strijdigheden tot dan.',
  })
  async termHistory(@Args('slug') slug: string) {
    const term = await this.vocabulary.termBySlug(slug);
    const sessions = await this.sessions.list(term.id);
    const points = await this.histories.history(term, sessions.map((session) => momentOf(session.heldOn)));
    return {
      term,
      points: points.map((point) => ({ ...point, sessions: sessions.filter((session) => momentOf(session.heldOn).getTime() === point.at.getTime()).reverse() })),
    };
  }
}
