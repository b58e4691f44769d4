/** Word lists for synthetic cases: enough variety for 20,000 distinct, plausible-looking names. */
export const FIRST = 'Amir Bilal Chen Dana Elif Farid Gul Hana Imran Jamal Kamal Lina Malik Nadia Omar Parisa Qasim Rana Sami Tariq Umar Vera Wahid Yasmin Zara Adil Basir Cem Dilnoza Emre Fatima Ghulam Hamid Irfan Javed Karim Leyla Mehmet Nasir Osman Pervez Rahim Saad Timur Usman Waleed Yusuf Zainab Anwar Bushra'.split(' ');
export const LAST = 'Ahmadi Baig Chaudhry Durrani Erdem Farooqi Ghani Haqqani Iqbal Jatoi Khan Lodhi Mirza Noorani Orakzai Popal Qureshi Rashidi Sadozai Tareen Usmani Wardak Yousafzai Zardari Akbari Bhutto Celik Dogan Effendi Faizi Gilani Hotak Ismaili Jamali Kakar Laghari Mengal Niazi Osmani Pashtun Rind Shinwari Taraki Uzbek Wazir Yildiz Zaman Abbasi Barakzai Cheema'.split(' ');
export const ORG_HEAD = 'Northern Southern Eastern Western Central United Free Popular National Islamic Democratic Revolutionary Federal Provincial Independent Frontier Coastal Mountain River Desert'.split(' ');
export const ORG_TAIL = 'Front Council Movement Brigade Alliance Party Committee Authority Commission Federation Union League Army Force Network Foundation Assembly Bureau Agency Directorate'.split(' ');
export const ORG_MID = 'Liberation Reform Unity Justice Defence Security Relief Trade Energy Water Transport Health Education Media Border Peace Labour Youth Veterans Farmers'.split(' ');
export const PLACE_A = 'Kal Mar Sar Dar Bar Tor Zar Nar Gar Hal Kan Sam Tal Pan Ram Jal Mir Shah Bad Kot'.split(' ');
export const PLACE_B = 'abad pur kot garh stan dara bagh shahr gul zai khel wala nagar pura mand sar tepe kent qala ganj'.split(' ');
export const VERBS = ['met', 'accused', 'funded', 'criticised', 'negotiated with', 'supplied', 'attacked', 'supported', 'hosted', 'warned'];
export const FILLER = [
  'Officials declined to give further details about the meeting.',
  'The statement was issued late in the evening after several hours of discussion.',
  'Local residents described the situation as tense but calm.',
  'Observers said the outcome would depend on the coming weeks.',
  'The report could not be independently verified by reporters on the ground.',
  'Security was tightened around government buildings across the region.',
  'Analysts noted that similar talks had collapsed twice in the past year.',
  'Trade on the main highway resumed after a short interruption.',
];
