// LOCATED_IN from what the sentence says, not from sharing it: made-up sentences in the style of county reports.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../graph-seed/src/extract/types';
import { shortPlaceAtStart } from '../../../graph-seed/src/extract/located-in';
import { names, run } from './support';

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

describe('LOCATED_IN stated across lists and clauses', () => {
  it('should read P在X开工 and P在X举行开工仪式, but not where a signing took place', () => {
    expect(located(run('青石湾光伏产业园项目在谷营镇开工。', '410225'))).toEqual(['青石湾光伏产业园→谷营镇@0.8']);
    expect(located(run('青石湾产业园项目在谷营镇举行开工仪式。', '410225'))).toEqual(['青石湾产业园→谷营镇@0.8']);
    expect(located(run('青石湾产业园项目在谷营镇举行签约仪式。', '410225'))).toEqual([]);
  });

  it('should read 位于 X in the project’s second clause', () => {
    expect(located(run('青石湾产业园项目总投资10亿元，占地300亩，位于谷营镇。', '410225'))).toEqual(['青石湾产业园→谷营镇@0.85']);
  });

  it('should place every project of a list: A、B等一批项目落户X and 位于X镇的A、B', () => {
    expect(located(run('青石湾新材料产业园、金水湾农产品深加工产业园等一批项目落户谷营镇。', '410225'))).toEqual([
      '青石湾新材料产业园→谷营镇@0.85',
      '金水湾农产品深加工产业园→谷营镇@0.85',
    ]);
    expect(located(run('位于谷营镇的青石湾产业园、金水湾湿地公园两个项目进展顺利。', '410225'))).toEqual([
      '青石湾产业园→谷营镇@0.85',
      '金水湾湿地公园→谷营镇@0.85',
    ]);
  });

  it('should not give a list the place inside its first item’s name', () => {
    // 谷营 is the first park's own township; the second item names none.
    expect(located(run('加快推进谷营镇蔬菜产业园、金水湾湿地公园等项目建设。', '410225'))).toEqual(['谷营镇蔬菜产业园→谷营镇@0.9']);
  });

  it('should read P落户我县 as the document’s own place (the county, here named nowhere, by its id)', () => {
    expect(located(run('青石湾新材料产业园项目正式落户我县。', '410225'))).toEqual(['青石湾新材料产业园→place:410225@0.85']);
  });
});

describe('LOCATED_IN where the project lands and no place follows the verb', () => {
  it('should place P签约落地 in the document’s own place when the sentence names none', () => {
    expect(located(run('今年以来，总投资8亿元的青石湾新材料项目签约落地，金水湾仓储物流项目即将开工。', '410225'))).toEqual(['青石湾新材料→place:410225@0.7']);
  });

  it('should place a project the sentence’s subject county brings in or lands, in that county', () => {
    expect(located(run('据悉，今年3月，兰考县在招商活动中，对接了总投资5亿元的青石湾光伏电站项目，总投资2亿元的金水湾电感器项目签约落地。', '4102'))).toEqual([
      '青石湾光伏电站→兰考县@0.7',
      '金水湾电感器→兰考县@0.7',
    ]);
  });

  it('should not take a place that only modifies a name or opens a list as the subject', () => {
    // 谷营镇的 qualifies the meeting, and 签约 here is what the meeting did, not where the project lands.
    expect(located(run('谷营镇的会议听取了青石湾光伏电站项目签约情况。', '410225'))).toEqual([]);
  });
});

describe('LOCATED_IN where the place is the sentence’s subject', () => {
  it('should place a project a township carries out as the sentence’s subject (X镇实施P)', () => {
    expect(located(run('今年以来，谷营镇实施青石湾光伏电站项目，惠及周边群众。', '410225'))).toEqual(['青石湾光伏电站→谷营镇@0.7']);
  });

  it('should place the items the county has after 此次 (此次X县有A、B等2个项目开工)', () => {
    expect(located(run('据了解，此次兰考县有青石湾光伏电站项目、鼎盛食品加工项目等2个重大项目集中开工。', '410225'))).toContainEqual('鼎盛食品加工→兰考县@0.7');
  });

  it('should place every item of a list the document’s place speaks of as its own (全县…新引进项目中包括A、B)', () => {
    expect(
      located(run('年初以来，全县成立招商工作组，新引进项目中包括总投资5亿元的青石湾光伏电站项目、总投资2亿元的金水湾冷链物流项目等大项目。', '410225')),
    ).toEqual(['青石湾光伏电站→place:410225@0.6', '金水湾冷链物流→place:410225@0.6']);
  });

  it('should not read 县城 inside the first item’s name as the place of the other items', () => {
    expect(located(run('本次开工的项目分别是县城东区安置小区项目、鼎新包装材料项目。', '410225'))).toEqual(['县城东区安置小区→place:410225@0.9']);
  });

  it('should not place a project in the city that gives aid, written inside its name (X市援建的P)', () => {
    expect(located(run('此次开工的项目有郑州市援建的青石湾食品加工项目。', '410225')).filter((x) => x.includes('郑州市'))).toEqual([]);
  });

  it('should place the items of a list the place opens as its own (该县A、B、C等3个项目), and none without it', () => {
    expect(located(run('当天上午，该县金水湾冷链物流项目、鼎新包装材料项目、鼎盛生态河滨带建设等3个重大项目集中开工。', '410225'))).toContainEqual(
      '鼎新包装材料→place:410225@0.6',
    );
    expect(located(run('当天上午，金水湾冷链物流项目、鼎新包装材料项目、鼎盛生态河滨带建设等3个重大项目集中开工。', '410225'))).toEqual([]);
  });

  it('should take the village written before a project (位于X镇Y村的P) over the county in its name', () => {
    expect(located(run('位于兰考县谷营镇曹庄村的兰考县鼎盛肉羊全产业链项目加快推进。', '410225'))).toEqual(['兰考县鼎盛肉羊全产业链→曹庄村@0.9']);
  });

  it('should not read 有关 (郑州市有关领导考察P) as the subject having the project', () => {
    expect(located(run('郑州市有关领导考察青石湾光伏电站项目。', '410225'))).toEqual([]);
  });
});

describe('LOCATED_IN from a township written short at the head of a project’s name', () => {
  it('should place a project named after one of the county’s townships written without 镇/乡', () => {
    const r = run('谷营富硒产业园、红庙蔬菜种植基地等项目有序推进。', '410225');
    expect(located(r)).toEqual(['谷营富硒产业园→谷营镇@0.9', '红庙蔬菜种植基地→红庙镇@0.9']);
    // The township is read only inside the project's name: an entity the relation points to, not a mention of its own.
    expect(names(r, 'Place')).toEqual([]);
  });

  it('should read no township without the document’s county, nor from a short form that is an ordinary word', () => {
    expect(located(run('谷营富硒产业园等项目有序推进。'))).toEqual([]);
    expect(located(run('城关富硒产业园等项目有序推进。', '410225'))).toEqual([]);
  });

  it('should take a place the text names in full when its short form heads the name', () => {
    const place = (name: string, code: string, level: 'township' | 'village') =>
      ({ type: 'Place', id: `place:${code}`, name, surface: name, nStart: 0, nEnd: 0, source: 't', strength: 1, level, code }) as const;
    const places = [place('秀水乡', '410225201', 'township'), place('秀水村', '410225201001', 'village'), place('东湾村', '410225101002', 'village')];
    expect(shortPlaceAtStart('东湾乡村振兴产业园', places, '410225')).toBe('place:410225101002');
    // Two places of one short form (秀水乡, 秀水村): the text does not say which.
    expect(shortPlaceAtStart('秀水滑泥主题公园', places, '410225')).toBeNull();
    expect(shortPlaceAtStart('东湾园', places, '410225')).toBeNull();
    expect(shortPlaceAtStart('东湾乡村振兴产业园', places, '410300')).toBeNull();
  });
});
