import type { WordTable } from './schema';

export const ko: WordTable = {
  lang: 'ko',
  cookie: ['쿠키', 'cookie'],
  reject: ['거부', '모두 거부', '전체 거부', '거절', '동의하지 않음', '동의 안 함', '허용 안 함'],
  necessary: ['필수만 허용', '필수 쿠키만 허용', '필수 쿠키만', '필수만', '필요한 쿠키만'],
  settings: ['설정', '쿠키 설정', '관리', '맞춤 설정', '옵션', '환경설정'],
  save: ['저장', '설정 저장', '선택 저장', '선택 허용', '선택 확인'],
  accept: ['동의', '모두 동의', '전체 동의', '동의합니다', '수락', '모두 수락', '허용', '모두 허용', '전체 허용', '확인', '계속'],
  wall: ['구독', '유료', '광고 없이'],
  categories: {
    necessary: ['필수'],
    functional: ['기능'],
    analytics: ['분석', '통계', '성능'],
    advertising: ['광고', '마케팅', '타겟팅'],
    social: ['소셜'],
  },
};
