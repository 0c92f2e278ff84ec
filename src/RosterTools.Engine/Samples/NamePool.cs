using System;
using System.Collections.Generic;

namespace RosterTools.Samples;

/// <summary>
/// The names of <see cref="NameData"/> as numbered entries, so that people hold small numbers rather than
/// strings, with weighted draws by heritage and sex and each name's username form.
/// </summary>
internal sealed class NamePool
{
    private readonly WeightedList[] _female;
    private readonly WeightedList[] _male;
    private readonly WeightedList[] _family;
    private readonly WeightedList _femaleMiddle;
    private readonly WeightedList _maleMiddle;
    private readonly WeightedList _heritages;
    private readonly Dictionary<string, short> _givenByText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, short> _familyByText = new(StringComparer.Ordinal);
    private readonly List<string> _given = new();
    private readonly List<string> _givenFolded = new();
    private readonly List<short> _nickname = new();
    private readonly List<string> _familyNames = new();
    private readonly List<string> _familyFolded = new();

    private NamePool()
    {
        _female = Lists(NameData.Female, AddGiven);
        _male = Lists(NameData.Male, AddGiven);
        _family = Lists(NameData.Family, AddFamily);
        _femaleMiddle = new WeightedList(Indexes(NameData.FemaleMiddle, AddGiven), flat: true);
        _maleMiddle = new WeightedList(Indexes(NameData.MaleMiddle, AddGiven), flat: true);
        _heritages = new WeightedList(NameData.HeritageWeights);
        foreach (var pair in NameData.Nicknames)
        {
            if (_givenByText.TryGetValue(pair[0], out var given))
            {
                _nickname[given] = AddGiven(pair[1]);
            }
        }
    }

    /// <summary>The pool (it is immutable, so one serves every district).</summary>
    public static NamePool Instance { get; } = new();

    /// <summary>Every given and middle name, as written.</summary>
    public IReadOnlyList<string> GivenNames => _given;

    /// <summary>Every family name, as written.</summary>
    public IReadOnlyList<string> FamilyNames => _familyNames;

    public string Given(short name) => _given[name];

    public string GivenFolded(short name) => _givenFolded[name];

    public string Family(short name) => _familyNames[name];

    public string FamilyFolded(short name) => _familyFolded[name];

    /// <summary>The short form people use for a given name, or -1.</summary>
    public short Nickname(short given) => _nickname[given];

    public short GivenNamed(string text) => _givenByText[text];

    public short FamilyNamed(string text) => _familyByText[text];

    public Heritage DrawHeritage(ref SampleRandom random) => (Heritage)_heritages.Draw(ref random);

    public short DrawGiven(ref SampleRandom random, Heritage heritage, bool female) =>
        (short)(female ? _female : _male)[(int)heritage].Draw(ref random);

    public short DrawMiddle(ref SampleRandom random, bool female) => (short)(female ? _femaleMiddle : _maleMiddle).Draw(ref random);

    public short DrawFamily(ref SampleRandom random, Heritage heritage) => (short)_family[(int)heritage].Draw(ref random);

    private static WeightedList[] Lists(string[][] names, Func<string, short> add)
    {
        var lists = new WeightedList[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            lists[i] = new WeightedList(Indexes(names[i], add), flat: false);
        }

        return lists;
    }

    private static short[] Indexes(string[] names, Func<string, short> add)
    {
        var indexes = new short[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            indexes[i] = add(names[i]);
        }

        return indexes;
    }

    private short AddGiven(string text)
    {
        if (_givenByText.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var index = (short)_given.Count;
        _given.Add(text);
        _givenFolded.Add(AsciiFold.Fold(text));
        _nickname.Add(-1);
        _givenByText.Add(text, index);
        return index;
    }

    private short AddFamily(string text)
    {
        if (_familyByText.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var index = (short)_familyNames.Count;
        _familyNames.Add(text);
        _familyFolded.Add(AsciiFold.Fold(text));
        _familyByText.Add(text, index);
        return index;
    }

    /// <summary>Items with cumulative weights; a draw is a binary search.</summary>
    private sealed class WeightedList
    {
        private readonly short[] _items;
        private readonly int[] _cumulative;

        /// <summary>Items weighted 1/(rank + 4), so the first are common but not overwhelming (or all alike when <paramref name="flat"/>).</summary>
        public WeightedList(short[] items, bool flat)
        {
            _items = items;
            _cumulative = new int[items.Length];
            var total = 0;
            for (var i = 0; i < items.Length; i++)
            {
                total += flat ? 100 : 4800 / (i + 5);
                _cumulative[i] = total;
            }
        }

        /// <summary>The numbers 0..n-1 with the given weights.</summary>
        public WeightedList(int[] weights)
        {
            _items = new short[weights.Length];
            _cumulative = new int[weights.Length];
            var total = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                _items[i] = (short)i;
                total += weights[i];
                _cumulative[i] = total;
            }
        }

        public int Draw(ref SampleRandom random)
        {
            var target = random.Next(_cumulative[_cumulative.Length - 1]);
            int low = 0, high = _cumulative.Length - 1;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_cumulative[middle] > target)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            return _items[low];
        }
    }
}
