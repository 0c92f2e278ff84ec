using System;
using System.Collections.Generic;

namespace RosterTools.OneRoster;

/// <summary>
/// Which records point at each record of another table (the enrollments of each user), as two int arrays:
/// 4 bytes per pointing record instead of a list per target.
/// </summary>
internal sealed class Adjacency
{
    private readonly int[] _offsets;
    private readonly int[] _items;

    private Adjacency(int[] offsets, int[] items)
    {
        _offsets = offsets;
        _items = items;
    }

    /// <summary>Builds the adjacency of <paramref name="sourceCount"/> records, each pointing at target <paramref name="targetOf"/>(i) or at none (-1).</summary>
    public static Adjacency Build(int targetCount, int sourceCount, Func<int, int> targetOf)
    {
        var targets = new int[sourceCount];
        var offsets = new int[targetCount + 1];
        for (var i = 0; i < sourceCount; i++)
        {
            var target = targetOf(i);
            targets[i] = target;
            if (target >= 0)
            {
                offsets[target + 1]++;
            }
        }

        for (var t = 0; t < targetCount; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var items = new int[offsets[targetCount]];
        var fill = (int[])offsets.Clone();
        for (var i = 0; i < sourceCount; i++)
        {
            if (targets[i] >= 0)
            {
                items[fill[targets[i]]++] = i;
            }
        }

        return new Adjacency(offsets, items);
    }

    /// <summary>The records of <paramref name="table"/> that point at target <paramref name="target"/>.</summary>
    public IReadOnlyList<T> Get<T>(int target, IReadOnlyList<T> table)
    {
        if (target < 0)
        {
            return Array.Empty<T>();
        }

        var start = _offsets[target];
        var count = _offsets[target + 1] - start;
        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = table[_items[start + i]];
        }

        return result;
    }
}
