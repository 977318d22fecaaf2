// LOCATED_IN from what the sentence says, not from sharing it: made-up sentences in the style of county reports.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../graph-seed/src/extract/types';
import { run } from './support';

/** “project → place name” for every LOCATED_IN, with its confidence. */
function located(r: ExtractionResult): string[] {
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => `${name(x.from)}→${name(x.to)}@${x.confidence}`);
}

describe('LOCATED_IN from the sentence', () => {
  it('should take the place inside the project’s name', () => {
    expect(located(run('郝堂村民宿等项目建成开放。', '411503'))).toEqual(['郝堂村民宿→郝堂社区@0.9']);
  });

  it('should read 落户 X after the project', () => {
    expect(located(run('鼎新产业园、华科智能等项目落户谷营镇。', '410225'))).toContainEqual('鼎新产业园→谷营镇@0.85');
  });

  it('should not link a project to a place that only shares its sentence, nor guess the document’s place', () => {
    // 谷营镇 is where the meeting was, not where the project is; nothing in the sentence places the project.
    expect(located(run('谷营镇召开会议，听取鼎新产业园等项目进展汇报。', '410225'))).toEqual([]);
  });

  it('should read a township written right after its county in a project’s name, whatever the document’s place', () => {
    // A provincial news item (place 41): 兰考县红庙镇 is that county's township though the document is about the province.
    expect(located(run('兰考县红庙镇蔬菜产业园项目等一批项目集中开工。', '41'))).toContainEqual('兰考县红庙镇蔬菜产业园→红庙镇@0.9');
  });

  it('should take the deepest of the places written back to back after 落户', () => {
    expect(located(run('鼎新产业园项目正式签约，落户兰考县谷营镇。', '41'))).toContainEqual('鼎新产业园→谷营镇@0.85');
  });

  it('should not locate a project in the province its name or its firm’s name starts with', () => {
    expect(located(run('河南鼎新陶瓷有限公司技改项目等一批项目开工。', '4102')).filter((x) => x.includes('河南省'))).toEqual([]);
  });
});
