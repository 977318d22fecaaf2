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

  it('should not split a name at the 和 inside a county’s name (共和县), in a list or walking left from a suffix', () => {
    const text = '包括共和县城镇棚户区改造、廉租住房建设';
    expect(splitList(text, 0, text.length).map((x) => text.slice(x.a, x.b))).toEqual(['包括共和县城镇棚户区改造', '廉租住房建设']);
    const found = names(run('此次签约佰乐公司共和县生物科技产业园项目。', '632521'), 'Project');
    expect(found).toContain('佰乐公司共和县生物科技产业园');
    expect(found.some((n) => n.startsWith('县'))).toBe(false);
  });

  it('should read the last item of a list of projects that carries the clause’s predicate (…、C项目成功签约)', () => {
    const found = names(run('甲县大酒店项目、乙区绿色建材产品项目、丙县生物科技产业园项目成功签约。', '632521'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['甲县大酒店', '丙县生物科技产业园']));
  });

  it('should start a described project after a figure and 的 (建筑面积2万平方米的X项目落户)', () => {
    const found = names(run('成功引进了总投资1.1亿元，占地40亩，建筑面积2万平方米的青峰茶业有限公司绿茶精深加工项目落户。', '632521'), 'Project');
    expect(found).toContain('青峰茶业有限公司绿茶精深加工');
    expect(found.some((n) => n.includes('平方米'))).toBe(false);
  });

  it('should not read the parts of one work (建设项目包括A、B等) or a village with its township as projects', () => {
    const found = names(
      run(
        '白水村将作为新农村建设试点村，建设项目包括道路硬化、沼气池建设、庭院改造和卫生室配套建设等；包括恰卜恰镇白水村等3个村子建设、县城镇排水改扩建等项目。',
        '632521',
      ),
      'Project',
    );
    expect(found.some((n) => /(?:硬化|沼气池|庭院|白水村)/.test(n))).toBe(false);
  });

  it('should read the first item of a list longer than 90 letters whole, and none cut by the walk', () => {
    const items = [
      '甲乙县城镇棚户区改造',
      '廉租住房建设',
      '丙丁镇供水管网改扩建',
      '县城镇排水二期改扩建',
      '县城生活垃圾处理场',
      '县煤化工工业园区基础设施建设',
      '县人民医院门诊病房楼建设',
      '县果树滴灌工程',
      '县城南环路改造工程',
      '县第二中学教学楼建设',
    ];
    const found = names(run(`今年共援建项目28个。其中包括${items.join('、')}等项目。`, '632521'), 'Project');
    expect(found).toContain('甲乙县城镇棚户区改造');
    expect(found).not.toContain('棚户区改造');
  });

  it('should read the work an office on site stands for (X工程指挥部), and not a route word before a product (高铁铁路结构件)', () => {
    const found = names(
      run(
        '一行先后到青云广场人防工程指挥部、翠湖新苑等处了解工程建设进展。开工项目分别是：红泰公司机械加工、高铁铁路结构件加工制造项目。为加快建设江畔大美公园城市而努力。',
        '632521',
      ),
      'Project',
    );
    expect(found).toContain('青云广场人防工程');
    expect(found.some((n) => n.includes('指挥部') || n === '高铁铁路' || n.includes('大美公园'))).toBe(false);
  });

  it('should read a work named by its road (X大道周边整治提升工程) as a project, not a programme', () => {
    const r = run('同时，完成青龙大道周边整治提升工程，拓宽入村主干道路口。', '632521');
    expect(names(r, 'Project')).toContain('青龙大道周边整治提升工程');
    expect(names(r, 'Strategy')).not.toContain('青龙大道周边整治提升工程');
  });

  it('should not read a batch (一大批项目落户X), a quoted list of qualities, a storey or a verb of planning as a project', () => {
    const found = names(
      run(
        '一大批项目落户共和、一大批项目建成投产。“实力、活力、魅力、幸福的新共和”建设取得积极进展。目前，二层主体工程已完工。要以更高的标准谋划项目、推进项目。',
        '632521',
      ),
      'Project',
    );
    expect(found).toEqual([]);
  });

  it('should read a former residence or an academy built (X故居, X书院) as a project', () => {
    const found = names(run('该镇紧紧抓住这一文化品牌，高标准规划建设了李白故居、文化广场、青峰书院。', '632521'), 'Project');
    expect(found).toEqual(expect.arrayContaining(['李白故居', '青峰书院']));
  });

  it('should not read a rank (市列重点项目), a field (智慧城市、智能交通等项目) or a firm’s clause for projects', () => {
    const found = names(
      run(
        '总投资300亿元的130个省列、市列重点项目全面开工建设。此外，某某交通投资集团公司还将参与共和县的土地开发整理、智慧城市、智能交通、电子平台等项目建设。',
        '632521',
      ),
      'Project',
    );
    expect(found).toEqual([]);
  });
});
