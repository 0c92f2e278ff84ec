using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;

namespace RosterTools.Policy.Loading;

/// <summary>
/// The state of reading one policy file: the problems found so far, and the key path being read (for the Key of
/// each problem). Reading never stops at a problem: a bad value is reported and the model keeps its default.
/// </summary>
internal sealed partial class PolicyReader
{
    private readonly List<PolicyProblem> _problems = new();
    private readonly List<string> _path = new();
    private int _quiet;

    public PolicyReader(string file, string text)
    {
        File = file;
        Text = text;
    }

    /// <summary>The file name problems carry.</summary>
    public string File { get; }

    /// <summary>The YAML text.</summary>
    public string Text { get; }

    /// <summary>The problems, in the order of the file.</summary>
    public IReadOnlyList<PolicyProblem> Problems =>
        _problems.Select((problem, index) => (problem, index)).OrderBy(item => item.problem.Line).ThenBy(item => item.problem.Column).ThenBy(item => item.index)
            .Select(item => item.problem).ToList();

    /// <summary>The key path being read: <c>naming.student.collision</c>, <c>groups[2].when</c>.</summary>
    public string Path => string.Concat(_path.Select((segment, index) => index == 0 || segment.StartsWith("[", StringComparison.Ordinal) ? segment : "." + segment));

    /// <summary>Enters a key (or <c>[i]</c>, a list item) until the returned scope is disposed.</summary>
    public KeyScope Key(string segment)
    {
        _path.Add(segment);
        return new KeyScope(this);
    }

    /// <summary>Enters list item <paramref name="index"/>.</summary>
    public KeyScope Item(int index) => Key("[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");

    /// <summary>Reads without reporting until disposed (the <c>default</c> entry is read again under each role).</summary>
    public QuietScope Quietly()
    {
        _quiet++;
        return new QuietScope(this);
    }

    public void Problem(PolicyNode node, string message) => Problem(node.Start, message);

    public void Problem(Mark mark, string message) => Problem(mark.Line, mark.Column, message);

    public void Problem(long line, long column, string message)
    {
        if (_quiet == 0)
        {
            _problems.Add(new PolicyProblem(File, (int)Math.Max(1, line), (int)Math.Max(1, column), Path, message));
        }
    }

    /// <summary>Leaves a key.</summary>
    public readonly struct KeyScope : IDisposable
    {
        private readonly PolicyReader _reader;

        public KeyScope(PolicyReader reader) => _reader = reader;

        public void Dispose() => _reader._path.RemoveAt(_reader._path.Count - 1);
    }

    /// <summary>Ends quiet reading.</summary>
    public readonly struct QuietScope : IDisposable
    {
        private readonly PolicyReader _reader;

        public QuietScope(PolicyReader reader) => _reader = reader;

        public void Dispose() => _reader._quiet--;
    }
}
