/**
 * Advice that is not a product. Shown by the engine when any of `difficulties` was chosen (empty: always, as
 * soon as the resident chose something) and every condition in `when` holds on a KNOWN answer.
 * Texts are B1 Dutch, complete sentences. Only phone numbers we are sure of are given.
 */
import type { TipRule } from "../matching/types";

export const TIPS: TipRule[] = [
  {
    id: "losse-kleden-weghalen",
    difficulties: ["toilet.night", "mobility.walking", "help.calling_after_fall"],
    when: [{ code: "home.rugs", is: [true] }],
    text: "Haal losse kleden en matten weg, of leg er een antislipmat onder. Zo struikelt u minder snel.",
  },
  {
    id: "vloer-vrijmaken",
    difficulties: ["housework.vacuuming", "mobility.walking", "toilet.night"],
    when: [{ code: "home.clutter", is: ["some", "a_lot"] }],
    text: "Maak een vrij pad over de vloer. Zet dozen en tassen opzij en leg snoeren langs de muur. Dat is veiliger, en een robotstofzuiger of rollator komt er dan beter door.",
  },
  {
    id: "drempelhulp-voor-robot",
    difficulties: ["housework.vacuuming"],
    when: [{ code: "home.thresholds", is: [true] }],
    text: "Heeft u drempels? Met een drempelhulp komt een robotstofzuiger er soms wel overheen. Leen er eerst een en probeer het uit.",
  },
  {
    id: "licht-naar-de-wc",
    difficulties: ["toilet.night", "mobility.walking"],
    when: [],
    text: "Zorg voor licht op de weg van uw bed naar de wc. Bijna de helft van de ouderen heeft daar te weinig licht, en in het donker valt u sneller.",
  },
  {
    id: "licht-en-leuning-trap",
    difficulties: ["mobility.stairs"],
    when: [{ code: "home.stairs_inside", is: [true] }],
    text: "Zorg voor goed licht op de trap, met een lichtknop boven en beneden. Houd de trap vrij van spullen.",
  },
  {
    id: "lenen-via-zorgverzekeraar",
    difficulties: ["bathing", "toilet.sitting_down", "toilet.night"],
    when: [],
    text: "Heeft u een douchestoel, toiletverhoger of postoel maar kort nodig (minder dan 26 weken)? Dan kunt u die vaak gratis lenen via uw zorgverzekeraar. Bel uw verzekeraar of kijk op hun website.",
  },
  {
    id: "rollator-niet-vergoed",
    difficulties: ["mobility.walking"],
    when: [],
    text: "Een rollator wordt niet meer vergoed uit de basisverzekering. U kunt hem huren of kopen. Kijk of uw aanvullende verzekering iets betaalt, en probeer eerst een rollator uit.",
  },
  {
    id: "medicijndispenser-vragen-thuiszorg",
    difficulties: ["medication.remembering"],
    when: [{ code: "care.home_care", is: [true] }],
    text: "Vraag het thuiszorgteam of een medicijndispenser bij u past. Zij kunnen hem ook vullen.",
  },
  {
    id: "medicijnrol-apotheek",
    difficulties: ["medication.remembering"],
    when: [],
    text: "Vraag uw apotheek om uw medicijnen per moment in zakjes te verpakken, op een rol. Op elk zakje staat wanneer u het moet innemen.",
  },
  {
    id: "sleutelkluis-bij-alarm",
    difficulties: ["help.calling_after_fall"],
    when: [],
    text: "Bij een personenalarm hoort meestal een sleutelkluis naast de voordeur. Dan kan hulp naar binnen, ook als u zelf niet bij de deur kunt komen.",
  },
  {
    id: "knip-op-de-deur",
    difficulties: ["help.calling_after_fall"],
    when: [{ code: "home.bolt_on_door", is: [true] }],
    text: "Doet u de deur 's nachts op de knip? Dan kan hulp niet naar binnen, ook niet met een sleutel. Vraag een slotenmaker naar een slot dat veilig is en toch van buiten met een sleutel opengaat.",
  },
  {
    id: "alleen-en-niemand-dichtbij",
    difficulties: ["help.calling_after_fall"],
    when: [
      { code: "household.lives_alone", is: [true] },
      { code: "network.carer_nearby", is: [false] },
    ],
    text: "Woont u alleen en is er niemand dichtbij? Kies dan een personenalarm waarbij een zorgverlener komt. Familie of buren zijn dan niet nodig.",
  },
  {
    id: "samen-beslissen-over-toezicht",
    difficulties: ["wandering.getting_lost"],
    when: [],
    text: "Een GPS-tracker of sensoren houden bij wat iemand doet. Beslis er samen over, en spreek af wie wat mag zien. Niemand hoort zoiets zonder overleg te krijgen.",
  },
  {
    id: "rookmelder-verplicht",
    difficulties: ["cooking.forgets_stove"],
    when: [],
    text: "Sinds 1 juli 2022 moet in elk huis op elke verdieping een rookmelder hangen. Test hem elke maand met de knop.",
  },
  {
    id: "luisterlijn",
    difficulties: ["social.loneliness"],
    when: [],
    text: "Wilt u met iemand praten? Bij De Luisterlijn kunt u dag en nacht anoniem bellen: 088 0767 000.",
  },
  {
    id: "welzijn-in-de-wijk",
    difficulties: ["social.loneliness"],
    when: [],
    text: "Vraag bij het welzijnswerk in uw wijk naar activiteiten, een maatje of iemand die bij u op bezoek komt. Het Nationaal Ouderenfonds heeft ook een telefoonlijn voor ouderen: de Ouderenlijn.",
  },
  {
    id: "leren-met-tablet",
    difficulties: ["social.loneliness", "door.who_is_there", "communication.phone", "medication.remembering"],
    when: [{ code: "digital.smartphone", is: [false] }],
    text: "Wilt u leren werken met een smartphone of tablet? In veel bibliotheken zijn gratis cursussen, zoals Klik & Tik.",
  },
  {
    id: "ogen-laten-controleren",
    difficulties: ["reading.small_print"],
    when: [],
    text: "Laat uw ogen controleren door de opticien of de oogarts. Ziet u erg slecht? Dan kunnen Koninklijke Visio en Bartiméus u advies geven.",
  },
  {
    id: "gehoor-laten-testen",
    difficulties: ["hearing.sounds"],
    when: [],
    text: "Laat uw gehoor testen bij de huisarts of een audicien. Misschien helpt een hoortoestel.",
  },
  {
    id: "wmo-keukentafelgesprek",
    difficulties: [],
    when: [],
    text: "Heeft u meer hulp nodig? Meld u bij het Wmo-loket van uw gemeente. In een gesprek, vaak bij u thuis, kijkt u samen wat u nodig heeft. Een onafhankelijke cliëntondersteuner kan gratis met u meedenken.",
  },
];
