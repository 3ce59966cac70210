import type { Lexicon } from "../types";

/** Turkish lexicon (everyday words; suffixes are handled by the Snowball stemmer). See nl.ts. */
export const TR: Lexicon = {
  locale: "tr",
  stopwords: [
    "ben", "beni", "bana", "benim", "sen", "o", "onu", "ona", "onun", "biz", "siz", "onlar", "bir", "ve", "veya",
    "ile", "de", "da", "ki", "bu", "şu", "için", "gibi", "çok", "daha", "artık", "bazen", "sık", "sık sık", "hep",
    "her", "zaman", "ama", "fakat", "mi", "mı", "mu", "mü", "ne", "nasıl", "çünkü", "annem", "babam", "eşim",
    "iyi", "pek", "hiç", "kadar", "en", "olarak", "var", "yok",
  ],
  // words that on their own say little about which need is meant ("ilaçlarımı unutuyorum" is about the pills)
  weak: [
    "unutuyorum", "unutmak", "unutkan", "hafıza", "gün", "günü", "günler", "saat", "saati", "yardım", "yerde",
    "yerden", "görmek", "göremiyorum", "kapı", "kapıyı", "kapıda", "yalnız", "kat", "koltuk", "sandalye", "yatak",
    "ses", "sesi", "ayak", "diz", "dizlerim", "bacak", "karanlık", "karanlıkta", "mutfak", "karmaşık", "ziyaret",
    "arkadaş", "arkadaşlar", "üzgün", "mutsuz", "toz", "temizlik", "ekran", "tuş", "tuşlar", "numara", "banyo",
    "düşme", "düşmek", "kaymak", "ayakkabı", "çorap", "belim", "yanık", "duman",
  ],
  entries: {
    "housework.vacuuming": [
      "süpürge", "süpürmek", "süpürüyorum", "elektrik süpürgesi", "ev işi", "ev işleri", "temizlik", "temizlemek",
      "temizleyemiyorum", "yer silmek", "paspas", "toz almak", "toz", "robot süpürge", "evi temizlemek",
    ],
    "cooking.forgets_stove": [
      "ocak", "ocağı", "ocakta", "fırın", "gaz", "gazı açık", "tencere", "yemek yakmak", "yanık", "yanmış",
      "yemek pişirmek", "pişirmek", "yemek yapmak", "mutfak", "yangın", "duman", "kapatmayı unutmak",
      "açık bırakmak", "çaydanlık",
    ],
    "reach.picking_up": [
      "eğilmek", "eğilemiyorum", "eğiliyorum", "yerden almak", "yerden", "almak yukarı", "uzanmak", "uzanamıyorum",
      "yüksek raf", "üst raf", "dolap üst", "düşürmek", "düşürdüğüm", "ayakkabı giymek", "çorap giymek",
      "çorap", "ayakkabı", "sırt ağrısı", "bel ağrısı", "belim",
    ],
    bathing: [
      "duş", "duş almak", "yıkanmak", "yıkanamıyorum", "banyo", "banyo yapmak", "küvet", "saç yıkamak",
      "kaymak", "kaydım", "kaygan", "duş sandalyesi", "ıslak zemin", "temizlik vücut",
    ],
    "toilet.night": [
      "gece tuvalet", "gece tuvalete", "geceleri tuvalet", "gece kalkmak", "geceleri kalkmak", "gece çiş",
      "karanlık", "karanlıkta", "gece lambası", "idrar", "çiş", "sürgü", "lazımlık", "idrar kaçırmak",
      "gece banyo",
    ],
    "toilet.sitting_down": [
      "tuvalet", "tuvalete oturmak", "tuvaletten kalkmak", "klozet", "klozet yükseltici", "tuvalet alçak",
      "tutunma barı", "tutamak", "helâ", "hela", "tuvalette",
    ],
    "mobility.getting_up": [
      "kalkmak", "kalkamıyorum", "ayağa kalkmak", "ayağa", "koltuktan", "sandalyeden", "yataktan", "koltuk",
      "sandalye", "yatak", "kanepe", "oturduğum yerden", "doğrulmak",
    ],
    "mobility.walking": [
      "yürümek", "yürüyemiyorum", "yürüyorum", "yürüme", "yürüyüş", "yürüteç", "baston", "koltuk değneği",
      "dengesiz", "denge", "dengemi", "baş dönmesi", "başım dönüyor", "bacak", "bacaklarım", "diz", "dizlerim",
      "kalça", "düşmek", "düşmekten korkuyorum", "korkuyorum düşmek", "tökezlemek", "sendelemek", "ayak",
    ],
    "mobility.stairs": [
      "merdiven", "merdivenler", "merdivenden", "basamak", "basamaklar", "yukarı çıkmak", "aşağı inmek",
      "üst kat", "kat", "asansör yok", "trabzan", "merdiven asansörü", "kat çıkmak",
    ],
    "help.calling_after_fall": [
      "düştüm", "düşersem", "düştü", "düşme", "yerde kalmak", "yerde yattım", "yerde", "kalkamadım",
      "yardım çağırmak", "yardım", "alarm", "acil durum", "acil düğme", "panik butonu", "boyun alarmı",
      "kimse duymaz", "kimse bilmez", "kimseye ulaşamam", "ambulans", "112", "düşme sensörü",
    ],
    "door.who_is_there": [
      "kapı", "kapıyı", "kapıda", "ön kapı", "zil", "kapı zili", "kim geldi", "kim var", "açmak kapı",
      "yabancı", "yabancılar", "tanımadığım", "dolandırıcı", "hırsız", "görüntülü zil", "diyafon", "kargo",
      "postacı", "kapıya yetişmek",
    ],
    "wandering.getting_lost": [
      "kaybolmak", "kayboluyor", "kayboldu", "kayboluyorum", "yolu bulamamak", "yolunu kaybetmek", "yolunu",
      "eve dönmek", "evin yolunu", "dolaşmak", "sokağa çıkmak gece", "polis getirdi", "gps", "takip cihazı",
      "nerede olduğunu", "kaçmak evden", "evden çıkıp",
    ],
    "medication.remembering": [
      "ilaç", "ilaçlar", "ilaçlarımı", "ilaçlarını", "hap", "haplar", "haplarımı", "tablet", "ilaç almak",
      "ilaç içmek", "unutuyorum ilaç", "ilaç kutusu", "haftalık ilaç kutusu", "insülin", "damla", "göz damlası",
      "reçete", "eczane", "iki kere", "doz",
    ],
    "orientation.time": [
      "hangi gün", "gün", "günü", "günler", "saat", "saati", "tarih", "takvim", "sabah akşam",
      "gece gündüz", "karıştırıyorum", "karıştırmak", "kafam karışık", "unutkan", "unutuyorum", "unutmak",
      "hafıza", "bunama", "demans", "alzheimer", "randevu", "randevular",
    ],
    "social.loneliness": [
      "yalnız", "yalnızım", "yalnızlık", "kendimi yalnız", "kimse yok", "kimse gelmiyor", "ziyaret",
      "ziyaretçi", "konuşacak kimse", "sohbet", "arkadaş", "arkadaşlar", "can sıkıntısı", "sıkılıyorum",
      "üzgün", "mutsuz", "dul", "eşim öldü", "vefat", "torunlar", "çocuklarım uzakta", "görüntülü konuşma",
      "özlüyorum", "özlemek",
    ],
    "communication.phone": [
      "telefon", "telefonu", "telefonla", "cep telefonu", "akıllı telefon", "aramak", "arayamıyorum",
      "arama", "tuşlar", "tuş", "düğmeler", "numara", "numaraları", "açmak telefon", "karmaşık", "zor telefon",
      "ekran", "mesaj", "whatsapp",
    ],
    "hearing.sounds": [
      "duymak", "duyamıyorum", "duyuyorum", "duymuyorum", "işitmek", "işitme", "sağır", "işitme cihazı",
      "kulak", "kulaklarım", "ses", "sesi", "zili duymak", "zili duymuyorum", "zil duymuyorum",
      "telefonu duymuyorum", "telefon duymuyorum", "kapıyı duymuyorum", "yüksek ses", "televizyon yüksek", "çınlama",
    ],
    "reading.small_print": [
      "okumak", "okuyamıyorum", "okuma", "küçük harf", "küçük harfler", "harfler", "yazı", "yazılar",
      "görmek", "göremiyorum", "göz", "gözler", "gözlerim", "gözlük", "büyüteç", "gazete", "mektup",
      "mektuplar", "prospektüs", "katarakt", "glokom", "bulanık", "kör",
    ],
  },
};
