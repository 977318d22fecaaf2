// Where a project's name starts and ends: the clause's own words (a state and a verb of starting work, a conjunction,
// a subject and its modal) are cut off its left, and the work and 项目 the text writes after a site are kept with it.
// Made-up sentences in the style of county news and work reports.
import { describe, expect, it } from 'vitest';
import { splitList } from '../../../graph-seed/src/extract/text-utils';
import { names, run } from './support';

/** Every name and alias of the text's projects. */
const projectForms = (r: ReturnType<typeof run>) => r.entities.filter((e) => e.type === 'Project').flatMap((e) => [e.name, ...e.aliases]);

describe('project boundaries', () => {
  it('should start a list item after a state and a verb of starting work (已开复工X, 预计6月份开复工X, 还将开工建设X)', () => {
    const r = run(
      '截至目前，兰考县已开复工锦绣文旅城·水乐园、星河购物中心公寓楼等重大项目2个，开复工率80%﹔预计6月份开复工翠湖雅苑、东城实验中学新校区等重大项目2个。下半年还将开工建设滨河路两侧道路绿化硬化、金桂花园等重大项目2个。',
      '410225',
    );
    const found = names(r, 'Project');
    expect(found).toEqual(expect.arrayContaining(['锦绣文旅城·水乐园', '星河购物中心公寓楼', '翠湖雅苑', '滨河路两侧道路绿化硬化', '金桂花园']));
    expect(found.some((n) => /(?:开复工|预计|还将|已开|开工建设)/.test(n))).toBe(false);
  });

  it('should cut the clause verb left in a list item after an adverb (正在加快建设X) and after 成为 (打造成为涵盖X)', () => {
    const found = names(
      run('二是工业项目。正在加快建设宏达建材、双成建材、鸿运纸业等20个工业项目。努力将该项目打造成为涵盖铁路物流基地的枢纽。', '410225'),
      'Project',
    );
    expect(found).toEqual(expect.arrayContaining(['宏达建材', '双成建材']));
    expect(found.some((n) => n.startsWith('建设') || n.startsWith('涵盖'))).toBe(false);
  });

  it('should not keep a conjunction (而X) or a subject with 以 (X镇以服务园区为中心) as the name’s first letters', () => {
    const found = names(
      run('生态农业为乡村增添了亮色。而堌阳镇现代农业产业园内，生态垂钓、自助采摘一应俱全。堌阳镇以服务园区为中心，不断优化营商环境。', '410225'),
      'Project',
    );
    expect(found).toContain('堌阳镇现代农业产业园');
    expect(found.some((n) => n.startsWith('而') || n.includes('以服务'))).toBe(false);
  });

  it('should not take a subject with its modal (X旗将结合…, X镇要以此次…) or 招商引资 for a project', () => {
    const found = names(
      run('切实把招商引资项目牢牢抓在手上。下一步，兰考县将结合招商引资项目，全力推进产业升级。堌阳镇要以此次重大项目集中开工为契机，加快发展。', '410225'),
      'Project',
    );
    expect(found).toEqual([]);
  });

  it('should not read a count of a kind (实施X项目9个), a batch (第二批重点项目) or a season (春季项目集中开工) as a project', () => {
    const found = names(
      run('实施总装机12.5万千瓦光伏项目9个，完成并网。现在我宣布，兰考县20xx年第二批重点项目集中开工！全县在堌阳镇参与开封市春季项目集中开工活动。', '410225'),
      'Project',
    );
    expect(found).toEqual([]);
  });

  it('should find a site with the work written after it by the name as written (X景区开发建设项目, X生态园建设项目)', () => {
    const r = run(
      '此次招商会上，兰考县签约的3个项目分别是：青山湖景区开发建设项目，总投资1.2亿元；堌阳镇绿源生态园建设项目，总投资2900万元；南彰镇云顶茶庄提升建设项目，总投资800万元。',
      '410225',
    );
    expect(projectForms(r)).toEqual(expect.arrayContaining(['青山湖景区开发建设项目', '堌阳镇绿源生态园建设项目']));
    // The site alone is not a second project beside the one described.
    expect(names(r, 'Project')).not.toContain('青山湖景区');
  });

  it('should not read a kind of work done in a place (X县基础设施建设项目) as a site', () => {
    const found = names(run('兰考县基础设施建设项目总投资5亿元，堌阳镇新农村建设项目总投资2亿元。', '410225'), 'Project');
    expect(found).toEqual([]);
  });

  it('should not split a list at the 与 of a verb (参与, 与会)', () => {
    const text = '某集团参与甲、乙';
    const items = splitList(text, 0, text.length).map((x) => text.slice(x.a, x.b));
    expect(items).toEqual(['某集团参与甲', '乙']);
  });
});
