import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short text whole, without Markdown marks', () => {
    expect(excerpt('Vakmanschap is **het vermogen**\n van  de professional.')).toBe('Vakmanschap is het vermogen van de professional.');
  });

  it('cuts a long text at a word boundary', () => {
    expect(excerpt('Een vakkundige begeleider neemt je serieus, luistert eerst en weet waar hij het over heeft.', 40)).toBe(
      'Een vakkundige begeleider neemt je…',
    );
  });
});
