/**
 * A deterministic generator of realistic Chinese–English sentence pairs (policy-report register,
 * like the sample article), for the quality tests and the 100,000-unit benchmark. Sentences are
 * built from phrase pools with numbers, so near-identical units (one phrase or one number apart)
 * occur the way they do in a real TM.
 */
import { seededRandom } from '../text/random.ts';

const PLACES = [['林西县', 'Linxi County'], ['赤峰市', 'Chifeng'], ['内蒙古', 'Inner Mongolia'], ['新城子镇', 'Xinchengzi Town'], ['官地镇', 'Guandi Town'], ['大井镇', 'Dajing Town'], ['统部镇', 'Tongbu Town'], ['十二吐乡', 'Shiertu Township'], ['五十家子镇', 'Wushijiazi Town'], ['隆平村', 'Longping Village']] as const;
const ACTORS = [['驻村工作队', 'the village-based work team'], ['县委县政府', 'the county Party committee and government'], ['合作社', 'the cooperative'], ['龙头企业', 'the leading enterprise'], ['第一书记', 'the first secretary'], ['帮扶干部', 'the assistance cadres'], ['村两委', 'the two village committees'], ['农户', 'the farming households']] as const;
const ACTIONS = [['推进', 'advanced'], ['实施', 'implemented'], ['落实', 'carried out'], ['完善', 'improved'], ['加强', 'strengthened'], ['建立', 'established'], ['开展', 'launched'], ['巩固', 'consolidated']] as const;
const OBJECTS = [['脱贫攻坚工作', 'the fight against poverty'], ['产业扶贫项目', 'industrial poverty-alleviation projects'], ['易地搬迁工程', 'the relocation programme'], ['基础设施建设', 'infrastructure construction'], ['生态保护措施', 'ecological protection measures'], ['医疗保障体系', 'the medical insurance system'], ['教育扶贫政策', 'education assistance policies'], ['乡村振兴战略', 'the rural revitalisation strategy'], ['光伏发电项目', 'solar power projects'], ['肉牛养殖基地', 'beef-cattle breeding bases'], ['小额信贷服务', 'microcredit services'], ['危房改造任务', 'the dilapidated-housing renovation']] as const;
const RESULTS = [['成效显著', 'with remarkable results'], ['取得明显进展', 'with clear progress'], ['群众满意度不断提高', 'and public satisfaction kept rising'], ['带动贫困户增收', 'raising the incomes of poor households'], ['覆盖全部行政村', 'covering every administrative village'], ['受到上级表彰', 'and was commended by higher authorities']] as const;
const UNITS = [['户', 'households'], ['人', 'people'], ['万元', '10,000 yuan'], ['亩', 'mu'], ['个', 'units']] as const;
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];

/** One generated pair. */
export interface GeneratedPair {
  readonly source: string;
  readonly target: string;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** `count` pairs from `seed`; the same arguments always give the same pairs. */
export function generatePairs(count: number, seed = 12): GeneratedPair[] {
  const random = seededRandom(seed);
  const out: GeneratedPair[] = [];
  for (let i = 0; i < count; i++) {
    const year = pick(random, YEARS);
    const [place, placeEn] = pick(random, PLACES);
    const [actor, actorEn] = pick(random, ACTORS);
    const [action, actionEn] = pick(random, ACTIONS);
    const [object, objectEn] = pick(random, OBJECTS);
    const [result, resultEn] = pick(random, RESULTS);
    const [unit, unitEn] = pick(random, UNITS);
    const amount = 1 + Math.floor(random() * 5000);
    const shape = Math.floor(random() * 3);
    if (shape === 0) {
      out.push({ source: `${year}年，${place}${actor}${action}${object}，${result}。`, target: `In ${year}, ${actorEn} of ${placeEn} ${actionEn} ${objectEn}, ${resultEn}.` });
    } else if (shape === 1) {
      out.push({ source: `截至${year}年底，${place}共${action}${object}${amount}${unit}，${result}。`, target: `By the end of ${year}, ${placeEn} had ${actionEn} ${objectEn} for ${amount} ${unitEn}, ${resultEn}.` });
    } else {
      const [object2, object2En] = pick(random, OBJECTS);
      out.push({ source: `${actor}在${place}${action}${object}和${object2}，共惠及${amount}${unit}。`, target: `In ${placeEn}, ${actorEn} ${actionEn} ${objectEn} and ${object2En}, benefiting ${amount} ${unitEn} in all.` });
    }
  }
  return out;
}
