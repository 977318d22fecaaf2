// Places from the gazetteer: full names anywhere, short names and villages only where the document's place decides.
import { describe, expect, it } from 'vitest';
import { entity, mentionTexts, names, run } from './support';

// Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区), 乡村振兴 paragraph.
const PINGQIAO = '城阳城址、新集村成功创建3A级景区，明港镇获评省级特色生态旅游示范镇，郝堂村等5个村成功创建省首批乡村康养旅游示范村。';
// Source: graph-seed/corpus/003_7d780958f0361ff5.txt (林州市, name masked), the comparison with other counties.
const LINZHOU = '显而易见，我们总量不如长垣、速度不如辉县。省十强县中，新郑、巩义等有得天独厚的区位优势，汝州、禹州等有不可复制的资源优势。';
// Source: graph-seed/corpus/002_e5f43c8234b78bf3.txt (新乡市), 开放招商.
const XINXIANG = '紧盯郑州外溢产业及京津冀、长三角、珠三角等重点地区，着力引进一批世界500强企业项目。加快创建一批县域治理“三起来”示范县。';

describe('places', () => {
  it('should resolve townships and villages inside the document’s own county (郝堂村 is 平桥区’s 郝堂社区)', () => {
    const r = run(PINGQIAO, '411503');
    expect(entity(r, 'Place', '明港镇')?.code).toBe('411503101');
    const haotang = entity(r, 'Place', '郝堂社区');
    expect(haotang?.code).toBe('411503006006');
    expect(mentionTexts(r, PINGQIAO, haotang)).toEqual(['郝堂村']);
  });

  it('should not resolve a village name without a document place to say which county it is in', () => {
    expect(names(run(PINGQIAO), 'Place')).not.toContain('郝堂社区');
  });

  it('should read short county names of the document’s province (长垣 → 长垣市, 辉县 → 辉县市)', () => {
    const r = run(LINZHOU, '410581');
    expect(names(r, 'Place')).toEqual(expect.arrayContaining(['长垣市', '辉县市', '新郑市', '巩义市', '汝州市', '禹州市']));
  });

  it('should find regions outside GB/T 2260 and big cities by their short names', () => {
    const r = run(XINXIANG, '4107');
    expect(names(r, 'Place')).toEqual(expect.arrayContaining(['郑州市', '京津冀', '长三角', '珠三角']));
    expect(entity(r, 'Place', '京津冀')?.id).toBe('place:region:京津冀');
  });

  it('should not read a two-letter county name inside a word (示范县 is not 范县, 招商水平 is not 商水)', () => {
    expect(names(run(XINXIANG, '4107'), 'Place')).not.toContain('范县');
    // Source: graph-seed/corpus/002_e5f43c8234b78bf3.txt (新乡市), 开放 section heading.
    expect(names(run('坚持以开放形成合作新优势。提升开放招商水平。', '4107'), 'Place')).toEqual([]);
  });

  it('should read development zones by their usual names, bare 高新区 only inside the zone’s own city', () => {
    // Source: graph-seed/corpus/002_e5f43c8234b78bf3.txt (新乡市), 郑新一体化.
    const text = '以平原示范区、原阳县、新乡县到主城区为主干，对接郑东新区和航空港经济综合实验区。以主城区和高新区、经开区为重要节点。';
    const r = run(text, '4107');
    expect(names(r, 'Place')).toEqual(
      expect.arrayContaining(['新乡市平原城乡一体化示范区', '郑州航空港经济综合实验区', '新乡高新技术产业开发区', '新乡经济技术开发区']),
    );
    expect(names(run(text, '4101'), 'Place')).not.toContain('新乡高新技术产业开发区');
  });

  it('should add gazetteer ancestors with PART_OF relations that carry no sentence evidence', () => {
    const r = run(PINGQIAO, '411503');
    const partOf = r.relations.filter((x) => x.type === 'PART_OF' && x.from === 'place:411503101');
    expect(partOf).toEqual([expect.objectContaining({ to: 'place:411503', evidence: [], source: 'gazetteer' })]);
    expect(entity(r, 'Place', '河南省')?.mentions).toEqual([]);
  });
});

describe('townships written short', () => {
  it('should read the items of a list closed as townships (谷营、红庙、东坝头等乡镇), and not the same words elsewhere', () => {
    expect(names(run('项目主要涉及谷营、红庙、东坝头等乡镇，惠及群众2万人。', '410225'), 'Place')).toEqual(['谷营镇', '红庙镇', '东坝头镇']);
    expect(names(run('谷营、红庙两个项目进展顺利。', '410225'), 'Place')).toEqual([]);
  });
});
