import { describe, expect, it } from 'vitest';
import type { AnnotationMotivation } from '../../../graphql/schema-types.generated';
import { annotationsIn, countByMotivation, threadHas, threadsOf } from './annotation-threads';

const annotation = (id: string, motivation: AnnotationMotivation, replyTo?: string) => ({ id, motivation, replyTo: replyTo ? { id: replyTo } : null });

describe('annotation threads', () => {
  const flat = [
    annotation('a', 'CONTESTING'),
    annotation('b', 'COMMENTING'),
    annotation('a1', 'SUPPORTING', 'a'),
    annotation('a1x', 'QUESTIONING', 'a1'),
    annotation('a2', 'COMMENTING', 'a'),
    annotation('orphan', 'LINKING', 'gone'),
  ];

  it('nests replies under what they answer, oldest first, at any depth', () => {
    const threads = threadsOf(flat);
    expect(threads.map((thread) => thread.annotation.id)).toEqual(['a', 'b', 'orphan']);
    expect(threads[0].replies.map((reply) => reply.annotation.id)).toEqual(['a1', 'a2']);
    expect(annotationsIn(threads[0]).map((item) => item.id)).toEqual(['a', 'a1', 'a1x', 'a2']);
  });

  it('keeps a thread under a filter when any annotation in it has the motivation', () => {
    const [contested, commented] = threadsOf(flat);
    expect(threadHas(contested, 'QUESTIONING')).toBe(true);
    expect(threadHas(commented, 'QUESTIONING')).toBe(false);
    expect(threadHas(commented, null)).toBe(true);
  });

  it('counts every annotation per motivation, replies included', () => {
    expect(countByMotivation(flat)).toEqual([
      { motivation: 'SUPPORTING', count: 1 },
      { motivation: 'CONTESTING', count: 1 },
      { motivation: 'QUESTIONING', count: 1 },
      { motivation: 'COMMENTING', count: 2 },
      { motivation: 'LINKING', count: 1 },
    ]);
  });
});
