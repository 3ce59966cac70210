import type { Lexicon } from "../types";

/** English lexicon (plain words residents use). See nl.ts for how entries work. */
export const EN: Lexicon = {
  locale: "en",
  stopwords: [
    "i", "me", "my", "mine", "we", "our", "you", "your", "he", "she", "his", "her", "him", "they", "their", "them",
    "it", "its", "the", "a", "an", "and", "or", "but", "is", "am", "are", "was", "were", "be", "been", "being", "have",
    "has", "had", "do", "does", "did", "can", "could", "will", "would", "should", "to", "of", "in", "on", "at", "for",
    "with", "from", "by", "as", "that", "this", "these", "those", "there", "so", "very", "really", "often",
    "sometimes", "always", "anymore", "any", "more", "much", "lot", "just", "too", "also", "now", "when", "because",
    "mum", "mom", "dad", "mother", "father", "husband", "wife",
  ],
  // words that on their own say little about which need is meant ("I live alone", "forgetting my tablets")
  weak: [
    "alone", "help", "time", "day", "days", "see", "seeing", "miss", "falling", "forget", "forgets", "forgot",
    "forgetful", "memory", "dementia", "confused", "call", "calling", "ring", "door", "chair", "bed", "stand",
    "legs", "knees", "knee", "hip", "dark", "darkness", "dose", "fire", "cook", "cooking",
    "complicated", "screen", "sound", "sounds", "loud", "print", "letters", "post", "mail", "visits", "sad", "died",
    "friends", "chat", "step", "steps", "climb", "climbing", "dust", "tidy", "cleaner", "stick", "frame", "keys",
    "numbers", "push up", "flight", "get", "gets", "got", "getting", "up", "off", "landing", "bathroom", "wash", "washing", "nighttime", "night-time",
  ],
  entries: {
    "housework.vacuuming": [
      "vacuum", "vacuuming", "vacuumed", "hoover", "hoovering", "vacuum cleaner", "housework", "household chores",
      "chores", "cleaning", "clean house", "clean floor", "mop", "mopping", "sweep", "sweeping", "dust", "dusting",
      "tidy", "robot vacuum", "cleaner",
    ],
    "cooking.forgets_stove": [
      "stove", "cooker", "hob", "cooktop", "burner", "gas on", "gas left", "pan", "pans", "pot", "burnt", "burned",
      "burning", "smell burning", "cooking", "cook", "oven", "kitchen fire", "fire", "smoke alarm", "turn off",
      "switch off", "left on", "boil over",
    ],
    "reach.picking_up": [
      "bend", "bending", "bend down", "pick up", "picking up", "pick things", "floor pick", "reach", "reaching",
      "high shelf", "top shelf", "high cupboard", "drop", "dropped", "drop things", "shoes on", "socks on",
      "tie shoelaces", "stockings", "grabber", "reacher", "stiff back", "back pain",
    ],
    bathing: [
      "shower", "showering", "showers", "bath", "bathe", "bathing", "bathtub", "tub", "bathroom", "wash", "washing",
      "wash myself", "wash hair", "hair washing", "slip", "slipped", "slippery", "shower chair", "shower stool",
      "wet floor", "hygiene",
    ],
    "toilet.night": [
      "night toilet", "toilet night", "night bathroom", "bathroom night", "loo night", "wee night", "pee night",
      "night pee", "up night", "nighttime", "night-time", "dark", "darkness", "night light", "nightlight", "commode",
      "urinal", "incontinence", "incontinent", "leak", "wake night",
    ],
    "toilet.sitting_down": [
      "toilet", "loo", "toilet seat", "raised toilet seat", "toilet low", "sit toilet", "sitting toilet",
      "off toilet", "up from toilet", "toilet frame", "grab rail", "grab bar", "toilet rail", "lavatory",
    ],
    "mobility.getting_up": [
      "get up", "getting up", "stand up", "standing up", "stand", "rise", "rising", "out chair", "chair",
      "armchair", "out bed", "bed", "sofa", "couch", "settee", "recliner", "riser recliner", "lift chair",
      "push up", "low chair", "sit stand",
    ],
    "mobility.walking": [
      "walk", "walking", "walks", "walked", "stroll", "walker", "rollator", "zimmer frame", "frame", "cane",
      "walking stick", "stick", "crutches", "unsteady", "wobbly", "balance", "dizzy", "legs", "knees", "knee",
      "hip", "new hip", "shuffle", "trip", "tripping", "tripped", "stumble", "afraid falling", "fear falling",
      "falling", "steps outside", "shops walk",
    ],
    "mobility.stairs": [
      "stairs", "stair", "staircase", "steps", "step", "upstairs", "downstairs", "stairlift", "stair lift",
      "banister", "handrail stairs", "flight", "first floor", "climb", "climbing", "landing", "doorstep", "kerb",
    ],
    "help.calling_after_fall": [
      "fall", "fell", "fallen", "had fall", "lying floor", "lay floor", "on floor", "couldn't get up floor",
      "can't get up floor", "get up off floor", "call help", "calling help", "get help", "alarm", "personal alarm",
      "pendant alarm",
      "emergency button", "panic button", "alert button", "nobody know", "no one know", "nobody find",
      "no one would", "hours floor", "fall detector", "fall detection", "ambulance", "999", "112", "lifeline",
    ],
    "door.who_is_there": [
      "door", "front door", "doorbell", "ringing door", "rings bell", "answer door", "open door", "opening door",
      "who is there", "who there", "who's there", "who rings", "stranger", "strangers", "scam", "scammers",
      "salesman", "salesmen", "cold callers", "intercom", "video doorbell", "door camera", "peephole", "delivery",
      "courier", "postman", "burglar", "burglars", "get door", "reach door",
    ],
    "wandering.getting_lost": [
      "lost", "get lost", "gets lost", "getting lost", "got lost", "lose way", "wander", "wanders", "wandering",
      "wandered", "wander off", "way home", "find way", "find way home", "way back", "police brought",
      "brought home", "missing", "gps", "tracker", "where am", "disoriented outside", "leaves house night",
    ],
    "medication.remembering": [
      "medication", "medications", "medicine", "medicines", "meds", "pills", "pill", "tablets", "capsules",
      "take medicine", "take pills", "forget pills", "pill box", "pillbox", "dosette", "blister pack",
      "pill dispenser", "dispenser", "insulin", "eye drops", "drops", "prescription", "pharmacy", "chemist",
      "double dose", "dose", "doses", "blood thinners",
    ],
    "orientation.time": [
      "what day", "which day", "day", "days", "time", "date", "calendar", "clock", "morning evening",
      "day night", "days mixed", "confused", "confusion", "muddled", "forgetful", "forget", "forgets", "forgot",
      "memory", "dementia", "alzheimer", "alzheimer's", "appointments", "appointment", "routine", "weekday",
      "middle night",
    ],
    "social.loneliness": [
      "lonely", "loneliness", "alone", "feel alone", "isolated", "isolation", "no one talk", "nobody talk",
      "nobody visits", "no visitors", "few visitors", "visits", "company", "companionship", "chat", "bored",
      "boredom", "sad", "low mood", "depressed", "widow", "widower", "passed away", "died", "friends",
      "grandchildren", "family far", "video call", "miss", "quiet house", "see nobody",
    ],
    "communication.phone": [
      "phone", "telephone", "mobile", "mobile phone", "cell phone", "smartphone", "call", "calling", "ring",
      "dial", "dialling", "buttons", "keys", "numbers", "answer phone", "hang up", "complicated", "touchscreen",
      "screen", "text message", "texts", "whatsapp", "big button phone",
    ],
    "hearing.sounds": [
      "hear", "hearing", "hears", "heard", "deaf", "deafness", "hard hearing", "hearing aid", "hearing aids",
      "doorbell hear", "hear doorbell", "hear phone", "hear bell", "hear alarm", "sound", "sounds", "loud",
      "louder", "volume", "tv loud", "television loud", "tinnitus", "ears", "flashing light",
    ],
    "reading.small_print": [
      "read", "reading", "reads", "small print", "small letters", "letters", "print", "see", "seeing", "sight",
      "eyesight", "eyes", "vision", "glasses", "reading glasses", "magnifier", "magnifying glass", "newspaper",
      "post", "mail", "labels", "leaflet", "macular", "cataract", "cataracts", "glaucoma", "blind", "blurry",
      "subtitles",
    ],
  },
};
