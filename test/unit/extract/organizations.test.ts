// Organisations: names with company suffixes, bare names in lists before 等龙头企业, curated national names and aliases.
import { describe, expect, it } from 'vitest';
import { names, run } from './support';

// Source: graph-seed/corpus/001_4b96525c5c6cf7dc.txt (平桥区), 主导产业 and 金融支持.
const LEADERS = '围绕信钢、中联、联强等龙头企业，实施以智能化为引领的“三大改造”。加强向国开行、农发行等金融机构争取资金支持。';
// Source: graph-seed/corpus/004_92b96156f557c987.txt (兰考), 数字经济.
const CARRIERS = '加強與移動、聯通、電信三大運營商合作,積極引進上海寶冶、歐本德弗。';

describe('organisations', () => {
  it('should read the bare names in a list before 等龙头企业', () => {
    expect(names(run(LEADERS, '411503'), 'Organization')).toEqual(expect.arrayContaining(['信钢', '中联', '联强']));
  });

  it('should merge abbreviations of national banks into their full names', () => {
    expect(names(run(LEADERS, '411503'), 'Organization')).toEqual(expect.arrayContaining(['国家开发银行', '中国农业发展银行']));
  });

  it('should read 移动/联通/电信 as the carriers only inside a list of operators', () => {
    const r = run(CARRIERS, '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['中国移动', '中国联通', '中国电信', '上海宝冶', '欧本德弗']));
    expect(names(run('推动移动支付和电信诈骗治理。', '410225'), 'Organization')).toEqual([]);
  });

  it('should read names with an institution suffix and not the words before them', () => {
    const r = run('继续深化与中央音乐学院、上海戏剧学院合作，支持信钢公司与江苏国强集团等头部企业深度合作。', '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['中央音乐学院', '上海戏剧学院', '信钢公司', '江苏国强集团']));
  });

  // Made-up sentences in the style of county reports and news.
  it('should read firms without a company suffix in a list before 等企业', () => {
    const found = names(run('去年签约引进华科智能、中原储能、金诚材料等企业。', '410225'), 'Organization');
    expect(found).toEqual(expect.arrayContaining(['华科智能', '中原储能', '金诚材料']));
  });

  it('should read a firm named only inside its project, and let it take part in the project', () => {
    const r = run('推进中集凌云5000台客车、华电能源兰考双峰风电场项目、晋开延化“6080”项目等项目建设。', '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['中集凌云', '华电能源', '晋开延化']));
    const firm = r.entities.find((e) => e.name === '中集凌云')!;
    expect(r.relations.some((x) => x.type === 'PARTICIPATES_IN' && x.from === firm.id)).toBe(true);
  });

  it('should make a short form the document binds to a firm one entity with it', () => {
    const r = run('信阳钢铁有限公司（以下简称“信钢”）扩大产能。信钢180万吨合金带钢等项目正式投产。', '411503');
    const firms = r.entities.filter((e) => e.type === 'Organization' && e.mentions.length > 0);
    expect(firms.map((e) => e.name)).toEqual(['信阳钢铁有限公司']);
    expect(firms[0]!.aliases).toContain('信钢');
  });

  it('should not read a curated short name inside a longer firm name', () => {
    const found = names(run('代表团走访了京东方、比亚迪等企业。', '410225'), 'Organization');
    expect(found).toEqual(expect.arrayContaining(['京东方', '比亚迪']));
    expect(found).not.toContain('京东');
  });

  it('should start a list of firms after the clause’s verb (X依托A、B等企业), not at the clause’s subject', () => {
    const found = names(run('兰考县家居产业园依托恒大家居、曲美家具等企业实施强链补链。', '410225'), 'Organization');
    expect(found).toEqual(expect.arrayContaining(['恒大家居', '曲美家具']));
    expect(found.some((n) => n.includes('依托'))).toBe(false);
  });

  it('should not read a product after a site (…产业园光学模组) as a firm ending in 光学', () => {
    const found = names(run('兰考县智能产业园光学模组项目建成投产。', '410225'), 'Organization');
    expect(found.some((n) => n.endsWith('光学'))).toBe(false);
  });

  it('should keep a bracketed place or 集团 inside a firm’s name and leave a ranking before it out', () => {
    const found = names(run('世界500强企业海川（杭州）实业有限公司与我县合作。', '420000'), 'Organization');
    expect(found).toEqual(['海川（杭州）实业有限公司']);
    expect(names(run('民营企业500强林峰钢构项目正式签约。', '420000'), 'Organization')).toEqual(['林峰钢构']);
    expect(names(run('明远实业（集团）有限公司落户我县。', '420000'), 'Organization')).toEqual(['明远实业（集团）有限公司']);
  });

  it('should start a firm’s name after a dash and a leading verb, and keep a 和 written right before its suffix', () => {
    expect(names(run('省级龙头企业——南山羊绒制品有限责任公司新建生产线。', '420000'), 'Organization')).toEqual(['南山羊绒制品有限责任公司']);
    expect(names(run('园区将引入江城均和集团参与运营。', '420000'), 'Organization')).toEqual(['江城均和集团']);
  });

  it('should join 省X集团 to the full name with the province the same text writes', () => {
    const r = run('河北省水务发展集团董事长出席仪式。希望省水务发展集团继续支持我县。', '130100');
    expect(names(r, 'Organization')).toEqual(['河北省水务发展集团']);
  });

  it('should not read the province or city in a firm’s name as a place the text speaks of, but keep the county’s own', () => {
    const r = run('竹溪县与湖北鑫和农业有限公司签约，竹溪县鑫和食品有限公司扩建厂房。', '420324');
    expect(names(r, 'Place')).toEqual(['竹溪县']);
  });

  it('should not read the place of another province in a firm’s name as a place the text speaks of', () => {
    const r = run('竹溪县将引入上海均和集团参与运营，竹溪县鑫和食品有限公司扩建厂房。', '420324');
    expect(names(r, 'Place')).toEqual(['竹溪县']);
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['上海均和集团']));
  });

  it('should start a firm registered in a province at the province’s name, read long legal names whole, and 中X四局', () => {
    const r = run('签约企业有湖北元泰丰德环保科技发展有限公司，杜尔伯特县黑龙江鸿阳豆业有限公司展厅里摆放着公司的产品。桥梁由中铁九局承建。', '420000');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['湖北元泰丰德环保科技发展有限公司', '黑龙江鸿阳豆业有限公司', '中铁九局']));
    expect(names(r, 'Organization').some((n) => /着|展厅/.test(n))).toBe(false);
  });

  it('should read the firms of a list closed as firms’ projects (A、B、C共3个重点企业项目), not of 企业投资项目', () => {
    const r = run('南湾县举行项目集中签约仪式，东莞普瑞电子、上海曼丽电器、信阳轩达电子共3个重点企业项目进行了现场签约。', '411521');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['东莞普瑞电子', '上海曼丽电器', '信阳轩达电子']));
    expect(names(run('北坡风电、天堂镇星级民宿建设等9个企业投资项目开工。', '620623'), 'Organization')).toEqual([]);
  });

  it('should read a firm before a daily capacity (X建材日产20万块…), a firm named for its trade (X钙业二期) and 京和米业 whole', () => {
    const r = run('正加速推进金鑫建材日产20万块新型墙体材料、京华钙业二期等项目。重点培育京和米业、中粮米业等亿元企业。', '140900');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['金鑫建材', '京华钙业', '京和米业', '中粮米业']));
    expect(names(r, 'Organization')).not.toContain('米业');
  });

  // Firms named by the slot of a firm's verb (made-up sentences): 由X投资建设, 与X签约, X投资建设的, X落户.
  it('should read the investor of 由X投资建设 and the party of 与X签约 without a company suffix', () => {
    const found = names(run('由远航新材投资建设的高端膜材料项目开工。县政府与博达新材董事长签订投资协议。', '410225'), 'Organization');
    expect(found).toEqual(expect.arrayContaining(['远航新材', '博达新材']));
  });

  it('should read a firm as the subject of 投资建设的/落户 when its name ends in a trade', () => {
    expect(names(run('启明智造投资建设的智能装备产业园开工。', '410225'), 'Organization')).toContain('启明智造');
    expect(names(run('今年3月，澜达生物成功落户兰考。', '410225'), 'Organization')).toContain('澜达生物');
  });

  it('should not read organs of government, generic parties or pronouns in those slots', () => {
    const r = run('由县政府牵头实施。与会人员参观展厅。县政府与客商签约。一批优质项目落户我县，现代农业投资建设的步伐加快。', '410225');
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should read the items of a list closed by a count and a trade of firms (等18家电子企业, 等央企)', () => {
    const r = run('天星芯光、绿源科技、朗华电子等18家电子企业相继入驻。', '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['天星芯光', '绿源科技', '朗华电子']));
  });

  it('should not read a phrase with 的 as a firm inside a project name', () => {
    const r = run('由鄂州市援建的瑞阳集团年产40万件服装加工项目开工。', '420700');
    expect(names(r, 'Organization')).toEqual(['瑞阳集团']);
  });

  it('should not read a bare brand before a place or a trade inside a project’s name without a full name or a capacity', () => {
    // Without a dictionary the letters before a trade or a place are not told from words (符合, 余家湖): left out.
    const r = run('推进东晓生物高品质氨基酸、符合兰考发展方向的大项目、华电兰考双峰风电场项目建设。', '410225');
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should not read ordinary words before a trade, a park named by its trades, or a trade cut inside a word as firms', () => {
    const r = run('加快现代农业产业园、智慧能源调峰站、冷链物流中心、明川智能纺织产业园、锦祁新材料超高功率电极等项目建设。', '410225');
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should read a firm’s brand heading a project as the firm the text names in full, one entity', () => {
    const r = run('推进台岚技改项目。台岚（福建）光伏玻璃有限公司扩大产能。', '410225');
    const firms = r.entities.filter((e) => e.type === 'Organization' && e.mentions.length > 0);
    expect(firms.map((e) => e.name)).toEqual(['台岚（福建）光伏玻璃有限公司']);
    expect(r.relations.some((x) => x.type === 'PARTICIPATES_IN' && x.from === firms[0]!.id && x.to === 'project:台岚技改')).toBe(true);
  });

  it('should not take an ordinary modifier of a firm’s full name as a brand heading a project', () => {
    const r = run('推进现代农业示范园项目。河南现代农业发展有限公司扩大产能。', '410225');
    expect(r.relations.some((x) => x.type === 'PARTICIPATES_IN')).toBe(false);
  });

  it('should not read 与会/共同见证, a generic company (开发公司, 新公司, 三家公司) or a count before figures as firms', () => {
    const r = run(
      '与会县领导共同见证签约。镇所属的开发公司成立了新公司，三家公司垫资建设。推进聚龙湾创4A级乡村旅游点、广城村存栏2000头生猪养殖基地建设项目。',
      '410225',
    );
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should start a firm after the words of who speaks for it, and keep 和 with one letter and a trade after it inside the name', () => {
    expect(names(run('企业代表东莞市蜀峰新能源科技有限公司发言。', '410225'), 'Organization')).toEqual(['东莞市蜀峰新能源科技有限公司']);
    expect(names(run('衡水大禾和源家具有限公司现代家具项目开工。', '131102'), 'Organization')).toEqual(['衡水大禾和源家具有限公司']);
  });

  it('should read a firm named by its brand and trade at the head of a project, after the site written before it', () => {
    const r = run('全年建成投产项目12个：西平县宏达纺织面料生产项目、遂平县瑞丰医疗应急物资产业园项目、汇泽铜业年产5万吨铜杆项目。', '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['宏达纺织', '瑞丰医疗', '汇泽铜业']));
    const firm = r.entities.find((e) => e.name === '宏达纺织')!;
    expect(r.relations.some((x) => x.type === 'PARTICIPATES_IN' && x.from === firm.id)).toBe(true);
  });

  it('should not read a kind of business, a trade going on into a longer word or a firm standing alone for its plant as a firm in a project', () => {
    const r = run('推进保税物流中心、航空装备产业园、东兴电子商务产业园、国家现代农业产业园、恒泰建材项目和永盛机械制造项目建设。', '410225');
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should read a firm whose full name is followed by what it makes (X有限公司生产Y)', () => {
    const r = run('入驻企业有北京恒远汽车配件有限公司生产智能设备零部件。', '130631');
    expect(names(r, 'Organization')).toEqual(['北京恒远汽车配件有限公司']);
  });

  it('should read an office of local government named by its place or level and its function', () => {
    const r = run('签约仪式在县工信局举行。兰考县商务局、兰考县委统战部和开封市人民政府办公厅参加。', '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['县工信局', '兰考县商务局', '兰考县委统战部', '开封市人民政府办公厅']));
  });

  it('should not read an office that is only the affiliation of a person named after it, or the byline of the page', () => {
    const r = run(
      '开工仪式上，县公安局副局长王某某作表态发言，市经信局总工程师李某、县发改局党委书记、局长赵某某出席。（县商务局 供稿）主办单位：兰考县农业农村局',
      '410225',
    );
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should still read an office that acts, also where its officers are named elsewhere', () => {
    const r = run('县发改局牵头编制项目清单。县发改局局长王某某介绍，全县新开工项目12个。', '410225');
    expect(names(r, 'Organization')).toEqual(['县发改局']);
  });

  it('should not read a kind of office, a plural of offices or a phrase after a function as an office', () => {
    const r = run('各乡镇招商分局和县区工信局参加。农业农村部门要加强指导。城市建设局面一新，县人民政府出席。', '410225');
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should read ministries by their official and everyday names', () => {
    const r = run('经验入选农业农村部典型案例，项目获国家发改委批复。', '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['农业农村部', '国家发展和改革委员会']));
  });

  it('should read bodies named after the place they come from or serve (商会, 村党总支, 援疆指挥部, 援藏工作组)', () => {
    const r = run('兰考（郑州）商会、城关镇东坡村党总支部、河南援疆许昌分指挥部和开封第五批援藏工作组参加。各村党支部要成立商会。', '410225');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['兰考（郑州）商会', '河南援疆许昌分指挥部', '开封第五批援藏工作组']));
    expect(names(r, 'Organization').some((n) => /^各|^成立/.test(n))).toBe(false);
  });

  it('should not read a verb before a place, a trade opening a longer word, or an office whose place is the tail of a longer name', () => {
    const r = run('项目全部落地兰考县青石装备产业园。推进华捷美妆电子商务产业园项目。（金丰县招商局 供稿）', '410225');
    expect(names(r, 'Organization')).toEqual([]);
  });

  it('should read the committee of a zone by its zone, and let it run the zone', () => {
    const r = run('由滨江高新区管委会牵头，各园区管委会配合，县产业新城管委会主任出席。', '410823');
    expect(names(r, 'Organization')).toEqual(expect.arrayContaining(['滨江高新区管委会', '县产业新城管委会']));
    expect(names(r, 'Organization')).not.toContain('各园区管委会');
    expect(r.relations.some((x) => x.type === 'PARTICIPATES_IN' && x.from === 'org:县产业新城管委会' && x.to === 'project:县产业新城')).toBe(true);
  });

  it('should read offices by the short forms of their functions (县交运局, 县发改局)', () => {
    expect(names(run('县发改局、县交运局汇报了进展。', '410225'), 'Organization')).toEqual(['县发改局', '县交运局']);
  });

  it('should start a firm after the title and verb of who receives it, and read 引进A、B落户 as firms', () => {
    expect(names(run('管委会副主任张某接待中铁二十局、江淮丰禾集团客商。', '410225'), 'Organization')).toEqual(['中铁二十局', '江淮丰禾集团']);
    expect(names(run('积极引进华岭新能源、鼎川科技落户工业园区。', '410225'), 'Organization')).toEqual(['华岭新能源', '鼎川科技']);
  });

  it('should read every firm of a list that is the subject of 落户 when each ends like a firm, and none when one is a theme', () => {
    expect(names(run('华岭新能源、鼎川科技落户工业园区。', '410225'), 'Organization')).toEqual(['华岭新能源', '鼎川科技']);
    expect(names(run('今年，鼎川科技、现代农业落户工业园区。', '410225'), 'Organization')).toEqual([]);
  });
});
