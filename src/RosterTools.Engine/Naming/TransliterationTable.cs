using System.Collections.Generic;

namespace RosterTools.Naming;

/// <summary>
/// The explicit table behind <see cref="Transliteration"/>: Latin letters with diacritics (Latin-1, Latin
/// Extended-A and B, Latin Extended Additional with Vietnamese), letters of a few more Latin alphabets (African
/// hooked letters, schwa, eng), ligatures, a simplified romanisation of Greek and Cyrillic, and the typographic
/// punctuation and spaces that names are pasted with. Written out rather than taken from Unicode decomposition,
/// so that the result is the same on every platform and in invariant-globalization mode.
/// </summary>
internal static class TransliterationTable
{
    // Letters that become one ASCII letter, in pairs: Accented[i] is written Plain[i].
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪ" +
        "īĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰ" +
        "ằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬ" +
        "ǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯ" +
        "ḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓ" +
        "ẔẕẖẗẘẙẛŊŋƀƁƇƈƉƊƋƌƎǝƏəƐɛƆɔƑƒƓɠƗɨƘƙƚƝɲƟƤƥƬƭƮƲʋƳƴƵƶǤǥǾǿȤȥȷȺȻȼȽȾɃɄʉɆɇɈɉɌɍɎɏ";

    private const string Plain =
        "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiI" +
        "iIiIiIiJjKkkLlLlLlLlLlNnNnNnnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsOoUuAaAaAaAaAaAaAaAaA" +
        "aAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyAaIiOoUuUuUuUuUuAaAaGgKkOoO" +
        "ojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIi" +
        "KkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZz" +
        "ZzhtwysNnbBCcDDDdEeEeEeOoFfGgIiKklNnOPpTtTVvYyZzGgOoZzjACcLTBUuEeJjRrYy";

    // Letters that become more than one ASCII letter, ligatures and ordinal indicators: character, ASCII form.
    private static readonly string[] Letters =
    {
        "ß", "ss", "ẞ", "SS", "Æ", "Ae", "æ", "ae", "Ǣ", "Ae", "ǣ", "ae", "Ǽ", "Ae", "ǽ", "ae",
        "Œ", "Oe", "œ", "oe", "Þ", "Th", "þ", "th", "Ĳ", "Ij", "ĳ", "ij", "Ǆ", "Dz", "ǅ", "Dz",
        "ǆ", "dz", "Ǉ", "Lj", "ǈ", "Lj", "ǉ", "lj", "Ǌ", "Nj", "ǋ", "Nj", "ǌ", "nj", "Ǳ", "Dz",
        "ǲ", "Dz", "ǳ", "dz", "ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st",
        "ﬆ", "st", "ª", "a", "º", "o",
    };

    // Greek, simplified (θ th, χ ch, ψ ps; accents dropped).
    private static readonly string[] Greek =
    {
        "Α", "A", "α", "a", "Β", "V", "β", "v", "Γ", "G", "γ", "g", "Δ", "D", "δ", "d",
        "Ε", "E", "ε", "e", "Ζ", "Z", "ζ", "z", "Η", "I", "η", "i", "Θ", "Th", "θ", "th",
        "Ι", "I", "ι", "i", "Κ", "K", "κ", "k", "Λ", "L", "λ", "l", "Μ", "M", "μ", "m",
        "Ν", "N", "ν", "n", "Ξ", "X", "ξ", "x", "Ο", "O", "ο", "o", "Π", "P", "π", "p",
        "Ρ", "R", "ρ", "r", "Σ", "S", "σ", "s", "Τ", "T", "τ", "t", "Υ", "Y", "υ", "y",
        "Φ", "F", "φ", "f", "Χ", "Ch", "χ", "ch", "Ψ", "Ps", "ψ", "ps", "Ω", "O", "ω", "o",
        "ς", "s", "Ά", "A", "ά", "a", "Έ", "E", "έ", "e", "Ή", "I", "ή", "i", "Ί", "I",
        "ί", "i", "Ϊ", "I", "ϊ", "i", "ΐ", "i", "Ό", "O", "ό", "o", "Ύ", "Y", "ύ", "y",
        "Ϋ", "Y", "ϋ", "y", "ΰ", "y", "Ώ", "O", "ώ", "o",
    };

    // Cyrillic, simplified BGN/PCGN (ж zh, х kh, ц ts, щ shch, ю yu, я ya; hard and soft signs dropped), with Ukrainian, Belarusian, Serbian and Macedonian letters.
    private static readonly string[] Cyrillic =
    {
        "А", "A", "а", "a", "Б", "B", "б", "b", "В", "V", "в", "v", "Г", "G", "г", "g",
        "Д", "D", "д", "d", "Е", "E", "е", "e", "Ё", "E", "ё", "e", "Ж", "Zh", "ж", "zh",
        "З", "Z", "з", "z", "И", "I", "и", "i", "Й", "Y", "й", "y", "К", "K", "к", "k",
        "Л", "L", "л", "l", "М", "M", "м", "m", "Н", "N", "н", "n", "О", "O", "о", "o",
        "П", "P", "п", "p", "Р", "R", "р", "r", "С", "S", "с", "s", "Т", "T", "т", "t",
        "У", "U", "у", "u", "Ф", "F", "ф", "f", "Х", "Kh", "х", "kh", "Ц", "Ts", "ц", "ts",
        "Ч", "Ch", "ч", "ch", "Ш", "Sh", "ш", "sh", "Щ", "Shch", "щ", "shch", "Ъ", "", "ъ", "",
        "Ы", "Y", "ы", "y", "Ь", "", "ь", "", "Э", "E", "э", "e", "Ю", "Yu", "ю", "yu",
        "Я", "Ya", "я", "ya", "Є", "Ye", "є", "ye", "І", "I", "і", "i", "Ї", "Yi", "ї", "yi",
        "Ґ", "G", "ґ", "g", "Ў", "U", "ў", "u", "Ђ", "Dj", "ђ", "dj", "Ј", "J", "ј", "j",
        "Љ", "Lj", "љ", "lj", "Њ", "Nj", "њ", "nj", "Ћ", "C", "ћ", "c", "Џ", "Dz", "џ", "dz",
        "Ѓ", "Gj", "ѓ", "gj", "Ќ", "Kj", "ќ", "kj", "Ѕ", "Dz", "ѕ", "dz",
    };

    // Typographic apostrophes, quotes, dashes and spaces as their ASCII forms; zero-width characters, the soft hyphen and the middle dot (Catalan l·l) dropped.
    private static readonly string[] Punctuation =
    {
        "\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u02BC", "'", "\u02BB", "'", "\u00B4", "'", "\u2032", "'",
        "\u201C", "\"", "\u201D", "\"", "\u201E", "\"", "\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-",
        "\u2015", "-", "\u2212", "-", "\u00A0", " ", "\u202F", " ", "\u205F", " ", "\u3000", " ", "\u200B", "", "\u200C", "",
        "\u200D", "", "\u2060", "", "\uFEFF", "", "\u00AD", "", "\u00B7", "", "\u2026", "...",
    };

    /// <summary>The table: each known non-ASCII character and its ASCII form (possibly empty).</summary>
    public static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>(1024);
        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Plain[i].ToString();
        }

        AddPairs(table, Letters);
        AddPairs(table, Greek);
        AddPairs(table, Cyrillic);
        AddPairs(table, Punctuation);
        AddRange(table, '\u2000', '\u200A', " ");
        AddRange(table, '\u0300', '\u036F', string.Empty);
        AddRange(table, '\u1AB0', '\u1AFF', string.Empty);
        AddRange(table, '\u1DC0', '\u1DFF', string.Empty);
        AddRange(table, '\u20D0', '\u20FF', string.Empty);
        AddRange(table, '\uFE20', '\uFE2F', string.Empty);
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            table[c] = ((char)(c - 0xFEE0)).ToString();
        }

        return table;
    }

    private static void AddPairs(Dictionary<char, string> table, string[] pairs)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            table[pairs[i][0]] = pairs[i + 1];
        }
    }

    private static void AddRange(Dictionary<char, string> table, char first, char last, string plain)
    {
        for (var c = first; c <= last; c++)
        {
            table[c] = plain;
        }
    }
}
