import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';

/** The order in which motivations are offered and counted: taking a position first, then asking, explaining, linking. */
export const MOTIVATIONS: readonly AnnotationMotivation[] = ['SUPPORTING', 'CONTESTING', 'QUESTIONING', 'COMMENTING', 'LINKING'];

interface Threadable {
  id: string;
  motivation: AnnotationMotivation;
  replyTo: { id: string } | null;
}

export interface Thread<A extends Threadable> {
  annotation: A;
  /** Direct replies, in the order given (oldest first), each with its own replies. */
  replies: Thread<A>[];
}

/**
 * The API lists a definition's annotations flat, oldest first, each naming what it answers;
 * this nests them into threads. A reply whose annotation is not in the list stands on its own.
 */
export function threadsOf<A extends Threadable>(annotations: readonly A[]): Thread<A>[] {
  const byId = new Map(annotations.map((annotation) => [annotation.id, { annotation, replies: [] as Thread<A>[] }]));
  const threads: Thread<A>[] = [];
  for (const thread of byId.values()) {
    const parent = thread.annotation.replyTo && byId.get(thread.annotation.replyTo.id);
    (parent ? parent.replies : threads).push(thread);
  }
  return threads;
}

/** Every annotation in a thread, the first one included. */
export function annotationsIn<A extends Threadable>(thread: Thread<A>): A[] {
  return [thread.annotation, ...thread.replies.flatMap((reply) => annotationsIn(reply))];
}

/** A thread is shown under a motivation filter when any annotation in it has that motivation. */
export function threadHas<A extends Threadable>(thread: Thread<A>, motivation: AnnotationMotivation | null): boolean {
  return motivation === null || annotationsIn(thread).some((annotation) => annotation.motivation === motivation);
}

/** How many annotations there are of each motivation, in the order of MOTIVATIONS. */
export function countByMotivation(annotations: readonly { motivation: AnnotationMotivation }[]): { motivation: AnnotationMotivation; count: number }[] {
  return MOTIVATIONS.map((motivation) => ({ motivation, count: annotations.filter((annotation) => annotation.motivation === motivation).length }));
}
