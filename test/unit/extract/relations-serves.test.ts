// SERVES (Project → Strategy) only where the sentence says it: programme lists a project belongs to, a project that
// opens its clause and is said to help a strategy later in its sentence; slogans and bare counts are no cue. Made-up sentences.
import { describe, expect, it } from 'vitest';
import { names, run } from './support';

const serves = (r: ReturnType<typeof run>) =>
  r.relations
    .filter((x) => x.type === 'SERVES')
    .map((x) => `${x.from}→${x.to}@${x.confidence}`)
    .sort();

describe('SERVES from what the sentence says', () => {
  it('should read a counted programme list a project is said to belong to (P为2019年百项重点关注项目, P是…三早项目之一)', () => {
    const a = run('其中柳湾港区作业区一期工程为2019年百项重点关注项目。', '410225');
    expect(names(a, 'Strategy')).toEqual(['百项重点关注项目']);
    expect(serves(a)).toEqual(['project:柳湾港区作业区一期工程→strategy:百项重点关注项目@0.9']);
    const b = run('2022年招引的青石肉牛养殖场项目是兰考县2023年三早项目之一，项目总投资500多万元。', '410225');
    expect(serves(b)).toEqual(['project:青石肉牛养殖场→strategy:三早项目@0.9']);
  });

  it('should not read a bare count of projects as a programme (一个项目, 十项重点项目)', () => {
    const r = run('该项目是全县一个项目，也是十项重点项目之一。', '410225');
    expect(names(r, 'Strategy')).toEqual([]);
  });

  it('should link a project that opens its clause to the strategy a later clause says it helps, not across another project', () => {
    const one = run('青禾湾冷链物流园项目总投资约2亿元，计划建设冷库1万吨，助推打造兰考“绿色食品牌”。', '410225');
    expect(serves(one)).toEqual(['project:青禾湾冷链物流园→strategy:绿色食品牌@0.8']);
    const two = run('柳湾冷链物流园项目总投资1亿元，青石湾田园综合体项目总投资2亿元，助推打造兰考“绿色食品牌”。', '410225');
    expect(serves(two)).toEqual(['project:青石湾田园综合体→strategy:绿色食品牌@0.8']);
  });

  it('should not take 为 inside a slogan for the aim of the projects after it', () => {
    const r = run('大力推行“化整为零”“项目直通车”等工作模式，柳湾铁路、青石水库等重大项目顺利实现开工。', '410225');
    expect(serves(r)).toEqual([]);
  });

  it('should let a project named after a strategy the text names serve it (X乡村振兴示范园), not a five-year plan in its name', () => {
    const r = run('深入实施乡村振兴战略。青石湾乡村振兴示范园项目今年开工。', '410225');
    expect(serves(r)).toEqual(['project:青石湾乡村振兴示范园→strategy:乡村振兴战略@0.85']);
    const plan = run('编制“十四五”规划。“十四五”青石湾木耳种植基地项目今年开工。', '410225');
    expect(names(plan, 'Project')).toEqual(['十四五青石湾木耳种植基地']);
    expect(serves(plan)).toEqual([]);
  });

  it('should let the one project a story is about serve the strategy the story says its work is for (0.6), not the place’s aims', () => {
    const story = [
      '青禾牛业全产业链项目位于南彰镇，总投资5亿元。',
      '青禾牛业全产业链项目建成后可存栏肉牛1万头。',
      '“我们打造的是肉牛经济样板，助力乡村振兴。”负责人介绍。',
      '目前青禾牛业全产业链项目进展顺利。',
    ].join('');
    expect(serves(run(story, '410225'))).toEqual(['project:青禾牛业全产业链→strategy:乡村振兴战略@0.6']);
    const place = story.replace('“我们打造的是肉牛经济样板，助力乡村振兴。”负责人介绍。', '县长表示，我县将以此助力乡村振兴。');
    expect(serves(run(place, '410225'))).toEqual([]);
  });
});
