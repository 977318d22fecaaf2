// Name boundaries (verbs glued to a firm's or project's name) and goals/designations read unquoted: made-up sentences in the style of local news.
import { describe, expect, it } from 'vitest';
import { names, run } from './support';

describe('names start after the verb that introduces them', () => {
  it('should strip 已有/促成/了解/邀请 before a firm with a suffix', () => {
    const r = run('园区已有东川市新华电子有限公司入驻。经多方努力，促成湖南欢乐集团落户。县长了解平安新能源科技有限公司的生产情况。', '410726');
    const orgs = names(r, 'Organization');
    expect(orgs).toEqual(expect.arrayContaining(['东川市新华电子有限公司', '湖南欢乐集团', '平安新能源科技有限公司']));
    expect(orgs.some((n) => /^(?:已有|促成|了解|解)/.test(n))).toBe(false);
  });

  it('should start a listed project after 签约的/开工的/投产的', () => {
    const r = run('此次签约的红星农业辣椒精深加工等6个项目、开工的远航矿业石英石破碎加工等12个项目集中开工。', '410726');
    const projects = names(r, 'Project');
    expect(projects).toEqual(expect.arrayContaining(['红星农业辣椒精深加工']));
    expect(projects.some((n) => /^(?:的|签约|开工)/.test(n))).toBe(false);
  });
});

describe('goals and designations written without quotes', () => {
  it('should read 工业强县 and 经济强市 as the place’s goals', () => {
    const r = run('县委、县政府围绕工业强县目标，狠抓招商引资。全县上下奋力建设农业强县。', '410726');
    expect(names(r, 'Strategy')).toEqual(expect.arrayContaining(['工业强县', '农业强县']));
  });

  it('should read a 先行区/示范区 named for a programme and built (X先行区建设) as a strategy, not a zone one visits', () => {
    const r = run('全县聚力革命老区高质量发展示范区建设，推动经济发展。市长调研某某县乡村振兴示范区建设。', '410726');
    const s = names(r, 'Strategy');
    expect(s).toContain('革命老区高质量发展示范区');
    expect(s.some((n) => n.includes('乡村振兴示范区'))).toBe(false);
  });
});
