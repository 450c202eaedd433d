import { Field, ID, ObjectType } from '@nestjs/graphql';

/** The fields of every type with a public page of its own: its id and the slug in its address. */
@ObjectType({ isAbstract: true })
export abstract class SluggedModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;
}

/** A slugged type known by a name (an organisation, a learning network, an intervention). */
@ObjectType({ isAbstract: true })
export abstract class NamedModel extends SluggedModel {
  @Field()
  name!: string;
}
