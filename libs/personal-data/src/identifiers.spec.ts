import {
  containsPersonalData,
  findPersonalData,
  isValidMainlandMobile,
  isValidResidentId,
  maskAddress,
  maskIdNumber,
  maskPhone,
  residentIdCheckDigit,
} from './identifiers.js';

/** Builds a valid ID from its first 17 digits. */
const withCheck = (first17: string) => first17 + residentIdCheckDigit(first17);

describe('resident ID check digit (ISO 7064 MOD 11-2)', () => {
  it('matches the GB 11643 worked example, whose check character is X', () => {
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId('11010519491231002x')).toBe(true);
  });

  it('computes numeric check digits', () => {
    expect(residentIdCheckDigit('44052418800101001')).toBe('4');
    expect(residentIdCheckDigit('33010619900101124')).toBe('8');
    expect(residentIdCheckDigit('33010619900101123')).toBe('X');
    expect(isValidResidentId('330106199001011248')).toBe(true);
  });

  it('refuses a wrong check digit, every single-digit typo, and impossible dates', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    const valid = withCheck('33010619900101123');
    for (let i = 0; i < 17; i++) {
      const typo = valid.slice(0, i) + String((Number(valid[i]) + 1) % 10) + valid.slice(i + 1);
      expect([i, isValidResidentId(typo)]).toEqual([i, false]);
    }
    expect(isValidResidentId(withCheck('33010619900230123'))).toBe(false); // 30 February
    expect(isValidResidentId(withCheck('33010619901301123'))).toBe(false); // month 13
    expect(isValidResidentId(withCheck('33010621990101123'))).toBe(false); // born in 2199
    expect(isValidResidentId(withCheck('03010619900101123'))).toBe(false); // region cannot start with 0
    expect(isValidResidentId('33010619900101123')).toBe(false); // 17 digits
    expect(isValidResidentId('')).toBe(false);
  });

  it('rejects non-digits in the first 17 places', () => {
    expect(() => residentIdCheckDigit('3301061990010112X')).toThrow(/17 digits/);
  });
});

describe('mainland mobile numbers', () => {
  it.each(['13812345678', '19912345678', '138 1234 5678', '138-1234-5678', '+8613812345678', '+86 138 1234 5678', '008613812345678'])(
    'accepts %s',
    (value) => expect(isValidMainlandMobile(value)).toBe(true),
  );
  it.each(['12812345678', '1381234567', '138123456789', '02112345678', '+1 138 1234 5678', 'abc'])('refuses %s', (value) =>
    expect(isValidMainlandMobile(value)).toBe(false),
  );
});

describe('maskers', () => {
  it('keeps the first 4 and last 4 of an ID number', () => {
    expect(maskIdNumber('330106199001011248')).toBe('3301**********1248');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
    expect(maskIdNumber('1234')).toBe('****');
  });

  it('keeps the first 3 and last 4 of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
  });

  it('keeps province and city of an address', () => {
    expect(maskAddress('浙江省杭州市西湖区文三路90号')).toBe('浙江省杭州市***');
    expect(maskAddress('北京市朝阳区建国路88号')).toBe('北京市***');
    expect(maskAddress('内蒙古自治区呼和浩特市新城区')).toBe('内蒙古自治区呼和浩特市***');
    expect(maskAddress('广西壮族自治区南宁市青秀区民族大道')).toBe('广西壮族自治区南宁市***');
    expect(maskAddress('香港特别行政区中西区皇后大道中1号')).toBe('香港特别行政区***');
    expect(maskAddress('Room 5, 12 Some Road')).toBe('***');
  });

  it('masked values never contain personal data', () => {
    expect(containsPersonalData(`${maskIdNumber('330106199001011248')} ${maskPhone('13812345678')}`)).toBe(false);
  });
});

describe('containsPersonalData', () => {
  it('finds IDs and mobile numbers in JSON, logs and Chinese text, and reports them masked', () => {
    const text = `{"party":{"id":"330106199001011248"}} 电话13812345678，备用 +86 139-1234-5678 身份证11010519491231002x。`;
    expect(findPersonalData(text)).toEqual([
      { kind: 'resident-id', index: text.indexOf('3301'), masked: '3301**********1248' },
      { kind: 'mobile', index: text.indexOf('138'), masked: '138****5678' },
      { kind: 'mobile', index: text.indexOf('+86'), masked: '139****5678' },
      { kind: 'resident-id', index: text.indexOf('1101'), masked: '1101**********002X' },
    ]);
    expect(containsPersonalData(text)).toBe(true);
  });

  it('also flags an ID-shaped number with a wrong check digit: a leaked fake is still a leak', () => {
    expect(containsPersonalData('id 330106199001011230')).toBe(true);
    expect(isValidResidentId('330106199001011230')).toBe(false);
  });

  it('ignores uuids, timestamps, positions, longer digit runs, and masked values', () => {
    const clean = JSON.stringify({
      id: '5f0c1e2a-9b7d-4c1e-8f00-138123456781',
      at: '2026-11-25T09:00:00.000Z',
      epochMs: 1795597476000,
      position: '1381234567890123456789',
      caseNumber: '浙杭劳人仲案字〔2026〕第13812号',
      masked: ['3301**********1248', '138****5678'],
      amount: 13812345.67,
    });
    expect(findPersonalData(clean)).toEqual([]);
  });

  it('does not treat an 18-digit number without a real birth date as an ID', () => {
    expect(containsPersonalData('order 330106199013451231')).toBe(false);
  });
});
