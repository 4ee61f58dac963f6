import { describe, expect, it } from 'vitest';
import { pickHighlights } from '@/utils/article/highlights';

const paragraphs = [
  'The city council approved a new tram line on Monday, linking the airport with the central station by 2029.',
  'The line will cost 900 million euros and carry up to 40,000 passengers a day, the council said.',
  'Read more: Why the old tram network was closed',
  'Mayor Lena Ortiz said the tram line would cut the airport journey to 25 minutes.',
  'It was raining.',
  'Residents along the route will be consulted in the spring before construction begins.',
  'The council approved a new tram line on Monday, linking the airport with the station by 2029.',
  'Critics said the money would be better spent on buses, which carry most commuters today.',
  'SIGN UP FOR OUR NEWSLETTER TODAY TO GET THE LATEST NEWS.',
];

describe('pickHighlights', () => {
  const picked = pickHighlights(paragraphs, 'Council approves airport tram line', 'en').map((h) => h.text);

  it('picks 3–5 verbatim sentences in article order', () => {
    expect(picked.length).toBeGreaterThanOrEqual(3);
    expect(picked.length).toBeLessThanOrEqual(5);
    const all = paragraphs.join('\n');
    for (const text of picked) expect(all).toContain(text);
    const order = picked.map((t) => paragraphs.findIndex((p) => p.includes(t)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('leads with the sentence that carries the headline and skips near-duplicates and boilerplate', () => {
    expect(picked[0]).toBe(paragraphs[0]);
    expect(picked).not.toContain(paragraphs[6]); // a near-copy of the lead
    expect(picked.join(' ')).not.toMatch(/Read more|SIGN UP|It was raining/);
  });

  it('gives fewer for a short article and none for text without sentences', () => {
    expect(pickHighlights(paragraphs.slice(0, 2), 'Tram', 'en')).toHaveLength(2);
    expect(pickHighlights(['Home', 'News', 'Sport'], 'x', 'en')).toEqual([]);
  });

  it('works on Korean and Russian text', () => {
    const ko = pickHighlights(
      ['서울시는 월요일 새로운 지하철 노선을 승인했다고 밝혔다.', '새 노선은 2030년까지 공항과 도심을 연결할 예정이라고 시 관계자가 말했다.', '시민들은 대체로 이번 결정을 환영하는 분위기라고 전해졌다.'],
      '서울시 지하철 노선 승인',
      'ko',
    );
    expect(ko).toHaveLength(3);
    const ru = pickHighlights(
      ['Городской совет в понедельник одобрил новую линию трамвая до аэропорта.', 'Строительство начнётся весной и займёт около трёх лет, сообщили в мэрии.', 'Жители района в целом поддержали это решение совета.'],
      'Совет одобрил трамвай',
      'ru',
    );
    expect(ru.map((h) => h.text)[0]).toBe('Городской совет в понедельник одобрил новую линию трамвая до аэропорта.');
  });
});
