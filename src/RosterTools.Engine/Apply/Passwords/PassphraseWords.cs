using System.Collections.Generic;

namespace RosterTools.Apply.Passwords;

/// <summary>
/// The words of generated passphrases: 495 short, common, inoffensive English words that are easy to type and to
/// read aloud to a student (no homophones of each other that matter, nothing rude in any grade).
/// </summary>
internal static class PassphraseWords
{
    /// <summary>The words, lower case, 3 to 6 letters, unique.</summary>
    public static readonly IReadOnlyList<string> All = new[]
    {
        "able", "acid", "aged", "also", "area", "army", "away", "baby", "back", "bake", "ball", "band", "bank",
        "barn", "base", "bath", "beach", "bean", "bear", "beat", "bell", "belt", "bench", "best", "bike", "bird",
        "blue", "boat", "body", "bold", "bone", "book", "boot", "born", "boss", "both", "bowl", "brave", "bread",
        "brick", "brief", "bring", "broad", "brown", "brush", "build", "bunch", "burst", "busy", "cable", "cake",
        "calm", "camp", "candy", "card", "care", "cart", "case", "cash", "cast", "cave", "chair", "chalk", "charm",
        "chart", "cheek", "chef", "chess", "chief", "child", "chin", "city", "clay", "clean", "clear", "clerk",
        "cliff", "climb", "clock", "close", "cloud", "coach", "coast", "coat", "code", "coin", "cold", "color",
        "comb", "cook", "cool", "coral", "corn", "cost", "couch", "count", "crab", "craft", "crane", "crew", "crop",
        "crow", "crowd", "cube", "cup", "curl", "cycle", "daily", "dairy", "dance", "dawn", "deal", "deep", "deer",
        "desk", "dial", "dice", "diet", "dish", "dock", "door", "dove", "draft", "drum", "duck", "dust", "eagle",
        "early", "earth", "easy", "echo", "edge", "eight", "elbow", "elder", "empty", "engine", "enjoy", "equal",
        "event", "exact", "extra", "fable", "face", "fact", "fair", "farm", "fast", "feast", "fence", "ferry",
        "field", "final", "find", "fine", "fire", "firm", "fish", "five", "flag", "flame", "flat", "fleet", "float",
        "flock", "floor", "flour", "flute", "focus", "fold", "folk", "food", "foot", "force", "forest", "fork",
        "form", "fort", "frame", "fresh", "frog", "front", "frost", "fruit", "fuel", "game", "garden", "gate",
        "gear", "gift", "giant", "glad", "glass", "glove", "glow", "goal", "gold", "golf", "good", "goose", "grain",
        "grape", "grass", "gravel", "great", "green", "grid", "group", "guide", "habit", "hall", "hammer", "hand",
        "happy", "harbor", "hard", "harp", "hawk", "head", "heart", "heat", "hedge", "hero", "high", "hill", "hobby",
        "hold", "home", "honey", "hope", "horse", "host", "hour", "house", "humor", "idea", "inch", "iron", "island",
        "ivory", "jacket", "jelly", "jewel", "join", "joke", "judge", "juice", "jump", "jungle", "kettle", "key",
        "kind", "king", "kite", "knee", "knot", "label", "ladder", "lake", "lamp", "land", "large", "laser", "late",
        "lawn", "layer", "leaf", "learn", "lemon", "level", "light", "lily", "lime", "line", "lion", "list", "local",
        "lock", "lodge", "logic", "long", "loud", "lucky", "lunar", "lunch", "magic", "major", "mango", "maple",
        "march", "market", "mask", "meadow", "medal", "melon", "metal", "mild", "mile", "milk", "mint", "model",
        "month", "moon", "moose", "motor", "mount", "mouse", "music", "nail", "navy", "neat", "nest", "night",
        "noble", "north", "note", "novel", "oak", "ocean", "olive", "onion", "open", "orbit", "order", "otter",
        "outer", "owl", "paint", "panda", "paper", "park", "party", "pasta", "path", "peach", "pearl", "pencil",
        "pepper", "piano", "pilot", "pine", "pink", "pizza", "place", "plain", "plan", "plant", "plate", "plum",
        "poem", "polar", "pond", "pony", "porch", "post", "power", "press", "prize", "proud", "pump", "quick",
        "quiet", "quilt", "radio", "rain", "ranch", "rapid", "raven", "ready", "real", "river", "road", "robin",
        "rock", "roof", "room", "rope", "rose", "round", "royal", "ruby", "ruler", "rush", "sail", "salad", "salt",
        "sand", "scale", "scarf", "school", "scout", "sea", "seed", "shape", "share", "shark", "sheep", "shell",
        "shine", "ship", "shore", "silk", "silver", "simple", "skate", "sky", "sleep", "slice", "slope", "small",
        "smile", "snow", "soap", "sock", "soft", "solar", "solid", "song", "sound", "south", "space", "spark",
        "spice", "spoon", "sport", "spring", "square", "stable", "stamp", "star", "steam", "stone", "storm", "story",
        "straw", "stream", "street", "sugar", "summer", "sun", "swan", "sweet", "swim", "table", "tiger", "timber",
        "toast", "today", "torch", "tower", "track", "trail", "train", "tree", "trophy", "truck", "tulip", "tuna",
        "twin", "uncle", "union", "unit", "urban", "valley", "velvet", "violet", "vivid", "voice", "wagon", "walk",
        "wall", "warm", "water", "wave", "wheat", "wheel", "whale", "white", "wide", "wild", "willow", "wind",
        "window", "winter", "wise", "wolf", "wood", "wool", "world", "yard", "yellow", "young", "zebra", "zero",
        "zone",
    };
}
