import type { Random } from './random.js';

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const givenNames = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平'];
const companyWords = ['示范', '虚构', '样例', '演示', '测试', '星河', '云帆', '青松', '远航', '晨光'];
const companyKinds = ['科技有限公司', '制造有限公司', '物流有限公司', '餐饮管理有限公司', '建筑工程有限公司', '商贸有限公司'];

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/**
 * A well-formed resident ID number (valid check digit, ISO 7064 MOD 11-2) that belongs to nobody: the region is a real
 * district, the birth date plausible, the sequence random. Demo data only.
 */
export function fictionalIdNumber(random: Random, regionCode: string): string {
  const year = random.int(1965, 2003);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const body = `${regionCode}${year}${month}${day}${String(random.int(0, 999)).padStart(3, '0')}`;
  const sum = [...body].reduce((s, digit, i) => s + Number(digit) * weights[i]!, 0);
  return `${body}${checkCharacters[sum % 11]}`;
}

export const fictionalPhone = (random: Random) => `1${random.pick(['38', '39', '58', '86', '87'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
export const fictionalName = (random: Random) => `${random.pick(surnames)}${random.pick(givenNames)}`;
export const fictionalCompany = (random: Random, city: string) => `${city}${random.pick(companyWords)}${random.pick(companyKinds)}`;
