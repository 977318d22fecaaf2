// LOCATED_IN from the event a sentence reports at a project (its site, a visit's round, a groundbreaking's list): made-up news items.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../graph-seed/src/extract/types';
import { run } from './support';

/** “project → place name” for every LOCATED_IN, with its confidence (the document's place by its code when unnamed). */
function located(r: ExtractionResult): string[] {
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? id;
  return r.relations.filter((x) => x.type === 'LOCATED_IN').map((x) => `${name(x.from)}→${name(x.to)}@${x.confidence}`);
}

describe('a place holding an event at a project’s site', () => {
  it('should place the project whose site the place sets a branch venue at', () => {
    expect(located(run('5月9日上午，南阳市举行重大项目集中开工动员会，内乡县在青石湾中学新建项目施工现场设立分会场。', '411325'))).toEqual([
      '青石湾中学新建→内乡县@0.8',
    ]);
  });

  it('should read 我县在P建设项目现场 as the document’s place', () => {
    expect(located(run('4月9日上午，我县在金水湾农业产业园建设项目现场参与全市春季项目集中开工活动。', '411325'))).toEqual([
      '金水湾农业产业园→place:411325@0.8',
    ]);
  });

  it('should not place a project whose site no place is said to be at', () => {
    // A visitor at the site is no place; nothing says where the site is.
    expect(located(run('市领导在青石湾中学新建项目施工现场察看进度。', '411325'))).toEqual([]);
  });
});

describe('the sites of a visit to a place', () => {
  it('should place the projects a visit goes round in the place it came to', () => {
    const r = run(
      '12月4日，市重点项目办公室主任王某来大桥乡调研重点项目工作。王某一行先后实地察看了青石湾学校、金水冷链物流产业园、丙丁商贸城三期扩建工程等项目，听取了情况汇报。',
      '411325',
    );
    expect(located(r)).toEqual(['青石湾学校→大桥乡@0.7', '金水冷链物流产业园→大桥乡@0.7', '丙丁商贸城三期扩建工程→大桥乡@0.7']);
  });

  it('should place nothing when the visit names two places, or the round names a place of its own', () => {
    const two = run('市领导来大桥乡、赤眉镇调研重点项目。一行先后实地察看了青石湾学校、金水冷链物流产业园等项目。', '411325');
    expect(located(two)).toEqual([]);
    const own = run('市领导来大桥乡调研重点项目。一行先后实地察看了赤眉镇的青石湾学校等项目。', '411325');
    expect(located(own).filter((x) => x.includes('大桥乡'))).toEqual([]);
  });

  it('should not read a visit into a sentence that goes round no sites', () => {
    expect(located(run('市领导来大桥乡调研重点项目。会议听取了青石湾学校项目进展汇报。', '411325'))).toEqual([]);
  });
});

describe('the list of a groundbreaking the document’s place holds', () => {
  it('should place every item listed after 包括： when the place speaks as 我县', () => {
    const r = run(
      '据了解，我县再次掀起重大项目开工建设热潮，本次集中开工的12个重大项目，包括：甲河一级公路建设项目、乙山湿地公园提升建设项目、丙丁产业园二期项目等，总投资9.3亿元。',
      '411325',
    );
    expect(located(r)).toEqual(['甲河一级公路建设→place:411325@0.6', '乙山湿地公园提升建设→place:411325@0.6', '丙丁产业园二期→place:411325@0.6']);
  });
});
