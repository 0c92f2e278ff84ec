using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Naming;

namespace RosterTools.Policy.Loading;

/// <summary>
/// A mapping of a policy with known keys, each with the code that reads its value into <typeparamref name="T"/>.
/// Unknown keys are reported with a did-you-mean; checks that need several keys run after the mapping is read.
/// </summary>
internal sealed class Section<T> : IPolicySection
{
    private readonly Dictionary<string, Action<PolicyReader, PolicyNode, T>> _readers = new(StringComparer.Ordinal);
    private readonly List<PolicyKey> _keys = new();
    private readonly List<Action<PolicyReader, PolicyMap, T>> _checks = new();

    public Section(string title) => Title = title;

    public string Title { get; }

    public IReadOnlyList<PolicyKey> Keys => _keys;

    /// <summary>A key whose value <paramref name="read"/> reads.</summary>
    public Section<T> Add(string name, Action<PolicyReader, PolicyNode, T> read, KeyShape shape = KeyShape.Value, IPolicySection? child = null)
    {
        _readers.Add(name, read);
        _keys.Add(new PolicyKey(name, shape, child));
        return this;
    }

    /// <summary>A key holding a section, read into the object <paramref name="target"/> gives (so that defaults and earlier reads are kept).</summary>
    public Section<T> Add<TChild>(string name, Section<TChild> child, Func<T, TChild> target) =>
        Add(name, (reader, node, value) => child.Read(reader, node, target(value)), KeyShape.Section, child);

    /// <summary>A check of the whole mapping, after its keys are read.</summary>
    public Section<T> Check(Action<PolicyReader, PolicyMap, T> check)
    {
        _checks.Add(check);
        return this;
    }

    /// <summary>Reads <paramref name="node"/> into <paramref name="target"/>; returns false when the node is not a mapping.</summary>
    public bool Read(PolicyReader reader, PolicyNode node, T target)
    {
        var map = reader.ReadMap(node, Title);
        if (map is null)
        {
            return node is PolicyScalar { IsNull: true };
        }

        foreach (var entry in map.Entries)
        {
            using (reader.Key(entry.Key.Value))
            {
                if (_readers.TryGetValue(entry.Key.Value, out var read))
                {
                    read(reader, entry.Value, target);
                }
                else
                {
                    reader.Problem(entry.Key, Unknown(entry.Key.Value));
                }
            }
        }

        foreach (var check in _checks)
        {
            check(reader, map, target);
        }

        return true;
    }

    private string Unknown(string key)
    {
        var names = _keys.Select(known => known.Name).ToList();
        if (key == "<<")
        {
            return "merge keys (<<) are not supported; an entry of naming or passwords takes what it leaves out from its default entry";
        }

        return "unknown key '" + key + "'" + Spelling.DidYouMean(key, names) + "; " + Title + " has " + string.Join(", ", names);
    }
}
