// Data the web map's tests share.

// The shape GET /api/vocabulary answers with.
export const SAMPLE_VOCABULARY = {
  languages: ['en', 'ko'],
  facilityTypes: [
    { code: 'kwanliso', labels: { en: 'Kwanliso (political prison camp)', ko: '관리소 (정치범수용소)' } },
    { code: 'kyohwaso', labels: { en: 'Kyohwaso (prison, re-education camp)', ko: '교화소' } },
    { code: 'other', labels: { en: 'Other', ko: '기타' } },
  ],
  facilityStatuses: [
    { code: 'operational', labels: { en: 'Operational', ko: '운영 중' } },
    { code: 'closed', labels: { en: 'Closed' } },
  ],
};
