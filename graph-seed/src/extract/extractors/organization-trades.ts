// The trades firms are named for, shared by the firm patterns (one home for the list).

/** Trades firms are named for (X新材, X智造, X生物). */
export const TRADE_WORDS =
  '科技|生物|能源|新能源|新材|材料|智造|智能|精密|电子|电气|电器|光电|食品|农业|牧业|农牧|建材|药业|医药|制药|化工|机械|装备|汽配|纺织|服饰|鞋业|实业|工贸|物流|矿业|铜业|铝业|钢铁|钢业|纸业|木业|环保|股份|控股|置业|地产|文旅|传媒|电力|锂电|半导体|新能|重工|包装|塑业|家居|乳业|酒业|茶业|陶瓷|轮胎|家具|商贸|畜牧';

/** The endings of firms' names in the trades that counties sign (X新材, X智造, X生物): what a subject must end with. */
export const TRADE_END = new RegExp(`(?:${TRADE_WORDS})$`);
