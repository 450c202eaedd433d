import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SluggedModel } from '@werkkennis/api-core';
import { Perspective } from '@werkkennis/kernel';
import { SessionKind } from './session.entity';

registerEnumType(SessionKind, {
  name: 'SessionKind',
  description: 'Soort bijeenkomst: expertbijeenkomst, stakeholderbijeenkomst, after-sessie met kennisinstellingen, of overig.',
});

@ObjectType('NetworkSession', { description: 'Een bijeenkomst van het netwerk over omstreden begrippen, met het openbare verslag.' })
export class SessionModel extends SluggedModel {
  @Field(() => SessionKind)
  kind!: SessionKind;

  @Field()
  title!: string;

  @Field({ description: 'De dag van de bijeenkomst (JJJJ-MM-DD).' })
  heldOn!: string;

  @Field({ description: 'Samenvatting van het verslag.' })
  summary!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('SessionParticipant', { description: 'Een organisatie aan tafel en het perspectief dat zij inbracht.' })
export class SessionParticipantModel {
  @Field(() => Perspective)
  perspective!: Perspective;

  @Field({ description: 'Wat deze organisatie inbracht, in de woorden van het verslag.' })
  contribution!: string;
}

@ObjectType('SessionAgendaItem', {
  description: 'Een begrip op de agenda: waar de perspectieven elkaar vinden, waar ze nog verschillen, wat is afgesproken, en wat eruit voortkwam.',
})
export class SessionAgendaItemModel {
  @Field({ description: 'Waar de perspectieven elkaar vinden.' })
  meetingPoints!: string;

  @Field({ description: 'Waar de perspectieven nog verschillen.' })
  differences!: string;

  @Field({ description: 'Afgesproken vervolg.' })
  followUp!: string;
}
