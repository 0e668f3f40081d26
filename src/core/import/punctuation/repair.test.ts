import { describe, expect, it } from 'vitest';
import { repairPunctuation } from './index.ts';

const cases: [string, string, number][] = [
  ['占提拔比例的55.3%,有效激发', '占提拔比例的55.3%，有效激发', 1],
  ['乡(镇)电商服务站', '乡（镇）电商服务站', 2],
  ['(五)奠定了乡村振兴基础', '（五）奠定了乡村振兴基础', 2],
  ['（五)奠定了', '（五）奠定了', 1],
  ['有机衔接 , 将乡村振兴', '有机衔接，将乡村振兴', 1],
  ['责任编辑:王丹', '责任编辑：王丹', 1],
  ['约谈 22 人;向上级', '约谈 22 人；向上级', 1],
  ['你好!真的吗?', '你好！真的吗？', 2],
  ['“党建 + 产业”,创新', '“党建 + 产业”，创新', 1],
  ['生产总值(GDP)增长', '生产总值（GDP）增长', 2],
  ['时间:12:30开会', '时间：12:30开会', 1],
  ['变"单向给予"为"劳动所得"。', '变“单向给予”为“劳动所得”。', 4],
  ['"两不愁三保障"全面实现', '“两不愁三保障”全面实现', 2],
  ['实施"Digital China"战略', '实施“Digital China”战略', 2],
];

const untouched = [
  '共 1,568 人',
  '增长 55.3% 和 12:30',
  'Hello, world (see note): yes; really? Fine!',
  'f(x) = a(b + c)',
  '访问 https://example.com/a?b=1,2;c=(3) 获取',
  '网站 www.example.org/path?x=1 已上线',
  'ratio 3:2, items 1,2,3',
  '已完全使用全角，（一）：；！？',
  'He said "fine" and left.',
  '尺寸为 5" 的屏幕',
];

describe('repairPunctuation', () => {
  it.each(cases)('repairs %s', (input, output, changes) => {
    expect(repairPunctuation(input)).toEqual({ text: output, changes });
  });
  it.each(untouched)('leaves %s alone', (input) => {
    expect(repairPunctuation(input)).toEqual({ text: input, changes: 0 });
  });
  it('is idempotent', () => {
    for (const [input] of cases) {
      const once = repairPunctuation(input).text;
      expect(repairPunctuation(once)).toEqual({ text: once, changes: 0 });
    }
  });
});
