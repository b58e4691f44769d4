/*
 * Sovereign states and a few widely named territories, with the other names news copy uses for them and
 * their demonyms. Format per line: canonical name | other names ; separated | demonyms ; separated.
 * Written for this project (no list was copied); the canonical name is what a new entity is called.
 */
const DATA = `Afghanistan||Afghan;Afghans
Albania||Albanian;Albanians
Algeria||Algerian;Algerians
Andorra||Andorran
Angola||Angolan;Angolans
Antigua and Barbuda||Antiguan
Argentina||Argentine;Argentinian;Argentinians;Argentines
Armenia||Armenian;Armenians
Australia||Australian;Australians
Austria||Austrian;Austrians
Azerbaijan||Azerbaijani;Azeri;Azerbaijanis
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini;Bahrainis
Bangladesh||Bangladeshi;Bangladeshis
Barbados||Barbadian
Belarus||Belarusian;Belarusians
Belgium||Belgian;Belgians
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;Bosnians
Botswana||Motswana
Brazil||Brazilian;Brazilians
Brunei||Bruneian
Bulgaria||Bulgarian;Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian;Cambodians
Cameroon||Cameroonian
Canada||Canadian;Canadians
Cape Verde|Cabo Verde|Cape Verdean
Central African Republic|CAR|Central African
Chad||Chadian
Chile||Chilean;Chileans
China|People's Republic of China;PRC|Chinese
Colombia||Colombian;Colombians
Comoros||Comorian
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa|Congolese
Republic of the Congo|Congo-Brazzaville;Congo|
Costa Rica||Costa Rican
Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian
Croatia||Croatian;Croatians;Croat;Croats
Cuba||Cuban;Cubans
Cyprus||Cypriot;Cypriots
Czech Republic|Czechia|Czech;Czechs
Denmark||Danish;Dane;Danes
Djibouti||Djiboutian
Dominica||Dominican
Dominican Republic||
Ecuador||Ecuadorian;Ecuadorians
Egypt||Egyptian;Egyptians
El Salvador||Salvadoran;Salvadorans
Equatorial Guinea||Equatoguinean
Eritrea||Eritrean;Eritreans
Estonia||Estonian;Estonians
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian;Ethiopians
Fiji||Fijian
Finland||Finnish;Finn;Finns
France||French
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian;Georgians
Germany||German;Germans
Ghana||Ghanaian;Ghanaians
Greece||Greek;Greeks
Grenada||Grenadian
Guatemala||Guatemalan;Guatemalans
Guinea||Guinean
Guinea-Bissau||Bissau-Guinean
Guyana||Guyanese
Haiti||Haitian;Haitians
Honduras||Honduran;Hondurans
Hungary||Hungarian;Hungarians
Iceland||Icelandic;Icelander;Icelanders
India||Indian;Indians
Indonesia||Indonesian;Indonesians
Iran|Islamic Republic of Iran|Iranian;Iranians
Iraq||Iraqi;Iraqis
Ireland|Republic of Ireland;Eire|Irish
Israel||Israeli;Israelis
Italy||Italian;Italians
Jamaica||Jamaican;Jamaicans
Japan||Japanese
Jordan||Jordanian;Jordanians
Kazakhstan||Kazakh;Kazakhs;Kazakhstani
Kenya||Kenyan;Kenyans
Kiribati||
Kosovo||Kosovar;Kosovan
Kuwait||Kuwaiti;Kuwaitis
Kyrgyzstan||Kyrgyz
Laos||Lao;Laotian
Latvia||Latvian;Latvians
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian;Liberians
Libya||Libyan;Libyans
Liechtenstein||
Lithuania||Lithuanian;Lithuanians
Luxembourg||Luxembourgish
Madagascar||Malagasy
Malawi||Malawian
Malaysia||Malaysian;Malaysians
Maldives||Maldivian
Mali||Malian;Malians
Malta||Maltese
Marshall Islands||Marshallese
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican;Mexicans
Micronesia||Micronesian
Moldova||Moldovan;Moldovans
Monaco||Monegasque
Mongolia||Mongolian;Mongolians
Montenegro||Montenegrin
Morocco||Moroccan;Moroccans
Mozambique||Mozambican
Myanmar|Burma|Burmese
Namibia||Namibian
Nauru||Nauruan
Nepal||Nepali;Nepalese
Netherlands|The Netherlands;Holland|Dutch
New Zealand||New Zealander;New Zealanders
Nicaragua||Nicaraguan;Nicaraguans
Niger||Nigerien
Nigeria||Nigerian;Nigerians
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans
North Macedonia|Macedonia|Macedonian;Macedonians
Norway||Norwegian;Norwegians
Oman||Omani;Omanis
Pakistan||Pakistani;Pakistanis
Palau||Palauan
Palestine|State of Palestine;Palestinian Territories|Palestinian;Palestinians
Panama||Panamanian
Papua New Guinea||Papua New Guinean
Paraguay||Paraguayan
Peru||Peruvian;Peruvians
Philippines|The Philippines|Filipino;Filipinos;Philippine
Poland||Polish;Pole;Poles
Portugal||Portuguese
Qatar||Qatari;Qataris
Romania||Romanian;Romanians
Russia|Russian Federation|Russian;Russians
Rwanda||Rwandan;Rwandans
Saint Kitts and Nevis||
Saint Lucia||
Saint Vincent and the Grenadines||
Samoa||Samoan
San Marino||
Sao Tome and Principe||
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis
Senegal||Senegalese
Serbia||Serbian;Serbians;Serb;Serbs
Seychelles||Seychellois
Sierra Leone||Sierra Leonean
Singapore||Singaporean;Singaporeans
Slovakia||Slovak;Slovaks
Slovenia||Slovenian;Slovene;Slovenians
Solomon Islands||
Somalia||Somali;Somalis
South Africa||South African;South Africans
South Korea|Republic of Korea;ROK|South Korean;South Koreans
South Sudan||South Sudanese
Spain||Spanish;Spaniard;Spaniards
Sri Lanka||Sri Lankan;Sri Lankans
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish;Swede;Swedes
Switzerland||Swiss
Syria|Syrian Arab Republic|Syrian;Syrians
Taiwan|Republic of China|Taiwanese
Tajikistan||Tajik;Tajiks
Tanzania||Tanzanian;Tanzanians
Thailand||Thai;Thais
Timor-Leste|East Timor|Timorese
Togo||Togolese
Tonga||Tongan
Trinidad and Tobago||Trinidadian
Tunisia||Tunisian;Tunisians
Turkey|Türkiye;Turkiye|Turkish;Turk;Turks
Turkmenistan||Turkmen
Tuvalu||Tuvaluan
Uganda||Ugandan;Ugandans
Ukraine||Ukrainian;Ukrainians
United Arab Emirates|UAE;Emirates|Emirati;Emiratis
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons
United States|United States of America;US;U.S.;USA;U.S.A.;America|American;Americans
Uruguay||Uruguayan
Uzbekistan||Uzbek;Uzbeks
Vanuatu||
Vatican City|Holy See;Vatican|
Venezuela||Venezuelan;Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni;Yemenis
Zambia||Zambian;Zambians
Zimbabwe||Zimbabwean;Zimbabweans
Western Sahara||Sahrawi
Greenland||Greenlandic
Puerto Rico||Puerto Rican;Puerto Ricans
Hong Kong||Hongkonger
Scotland||Scottish;Scot;Scots
England||English
Wales||Welsh
Northern Ireland||Northern Irish`;

export type Country = { name: string; names: string[]; demonyms: string[] };

export const COUNTRIES: Country[] = DATA.split('\n').map((line) => {
  const [name = '', other = '', dem = ''] = line.split('|');
  const list = (s: string) => s.split(';').filter(Boolean);
  return { name, names: [name, ...list(other)], demonyms: list(dem) };
});

/** Lower-cased country name or other name → canonical name. */
export const COUNTRY_BY_NAME = new Map<string, string>();
/** Lower-cased demonym → canonical country name ("Afghan" → Afghanistan). */
export const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of c.names) COUNTRY_BY_NAME.set(n.toLowerCase(), c.name);
  for (const d of c.demonyms) COUNTRY_BY_DEMONYM.set(d.toLowerCase(), c.name);
}
