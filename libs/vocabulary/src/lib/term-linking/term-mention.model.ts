import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TermMention', { description: 'Een vermelding van een begrip uit de woordenschat in een tekstveld: een link naar de begrippagina.' })
export class TermMentionModel {
  @Field()
  termSlug!: string;

  @Field({ description: 'De voorkeursterm van het begrip.' })
  label!: string;

  @Field({ description: 'De woorden zoals ze in de tekst staan.' })
  matchedText!: string;

  @Field(() => Int, { description: 'Begin in het veld (UTF-16-tekens).' })
  start!: number;

  @Field(() => Int, { description: 'Einde in het veld (exclusief).' })
  end!: number;

  @Field({ description: 'Het veld waarin het begrip staat, bijvoorbeeld summary.' })
  field!: string;
}
