/**
 * Sentence pools for the layout-text test generator ({@link ./layout-fixture.ts}). Chinese
 * sentences use full-width punctuation and include numbers, percentages, quotes and brackets;
 * English ones include long words that the generator may hyphenate.
 */

/** Chinese sentences (test support only). */
export const ZH_SENTENCES: readonly string[] = [
  '全县累计投入专项资金 3.6 亿元，完成道路硬化 215 公里。',
  '通过“党建 + 合作社”模式，带动 1,568 户农户稳定增收。',
  '各乡镇普遍建立了“周调度、月通报、季考核”的工作机制。',
  '截至今年 6 月底，贫困发生率由 12.7% 下降到 0.3%。',
  '我们坚持问题导向，把群众最关心的事情放在首位。',
  '在易地搬迁安置点，新建幼儿园 4 所、卫生室 11 个。',
  '这一做法得到了上级部门的充分肯定（见附表 2）。',
  '如何让脱贫成果更加稳固？关键在于培育持续发展的产业。',
  '村集体经济收入全部突破 10 万元，其中 23 个村超过 50 万元。',
  '针对“等靠要”思想，当地开展了形式多样的宣传教育活动。',
  '一是完善利益联结机制；二是健全风险防控体系；三是强化人才支撑。',
  '驻村工作队坚持每月走访，做到户情清、底数明。',
  '与此同时，全县新增高标准农田 4.2 万亩，灌溉保证率明显提高。',
  '《实施方案》明确了时间表、路线图和责任人。',
  '这些经验表明：只有把群众组织起来，发展才有不竭动力！',
  '电商服务站覆盖全部行政村，年交易额达到 8600 万元。',
  '教育、医疗、住房“三保障”问题全部得到解决。',
  '下一步，要继续巩固拓展脱贫攻坚成果，推动乡村全面振兴。',
  '培训内容涵盖种植养殖、电子商务和家政服务等 12 个门类。',
  '企业与农户签订订单，收购价格每公斤高出市场价 0.4 元。',
  '在此基础上，县里又探索出“飞地经济”等新路子。',
  '干部群众普遍反映，这项改革办成了多年想办而没有办成的事。',
];

/** English sentences (test support only). */
export const EN_SENTENCES: readonly string[] = [
  'The county invested 360 million yuan in rural infrastructure over three years.',
  'Cooperatives now link smallholders with processors and guarantee minimum purchase prices.',
  'Officials were assessed every quarter against published, measurable targets.',
  'By June the poverty headcount had fallen from 12.7% to 0.3% of the population.',
  'Critics argue that such campaigns depend heavily on temporary administrative pressure.',
  'Relocated households received housing, schooling and access to local clinics.',
  'Nevertheless, the sustainability of these incomes remains an open question.',
  'How can gains be consolidated once the special funding comes to an end?',
  'Village collectives, previously insolvent, reported surpluses for the first time.',
  'A network of e-commerce stations now covers every administrative village.',
  'Training programmes covered horticulture, animal husbandry and domestic services.',
  'Independent researchers interviewed 1,200 households in twelve townships.',
  'The findings suggest that infrastructure matters more than direct transfers.',
  'Interdepartmental coordination, however, was repeatedly described as cumbersome.',
  'Local governments experimented with unconventional financing arrangements.',
  'Enterprises signed purchase agreements with farmers before the planting season.',
  'Such arrangements reduce risk for producers but concentrate market power.',
  'Responsibilities were assigned to named officials, with deadlines attached.',
  'The evaluation framework was subsequently adopted by neighbouring provinces.',
  'Whether these institutional innovations will survive remains to be seen.',
];

/** Chinese headings without enumerators (test support only). */
export const ZH_HEADINGS: readonly string[] = ['主要做法', '取得成效', '经验启示', '存在问题', '对策建议', '基本情况', '工作展望'];

/** English headings without enumerators (test support only). */
export const EN_HEADINGS: readonly string[] = ['Background', 'Main Measures', 'Results', 'Lessons Learned', 'Open Questions', 'Outlook'];
