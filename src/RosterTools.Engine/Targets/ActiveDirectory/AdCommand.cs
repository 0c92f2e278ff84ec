using System.Collections.Generic;
using System.Linq;

namespace RosterTools.Targets.ActiveDirectory;

/// <summary>
/// One ActiveDirectory module command as data: the cmdlet and its parameters in order, ready to be run (the cmdlet
/// layer adds them to a PowerShell pipeline) or shown. Secrets are never in it: <see cref="AdPlaceholder"/>s stand
/// for the account password and the credential, which the cmdlet layer fills in at the last moment.
/// </summary>
public sealed class AdCommand
{
    /// <summary>Creates a command.</summary>
    public AdCommand(string name, IReadOnlyList<AdParameter> parameters)
    {
        Name = name;
        Parameters = parameters;
    }

    /// <summary>The cmdlet: New-ADUser, Set-ADUser, Rename-ADObject...</summary>
    public string Name { get; }

    /// <summary>The parameters, in the order they are shown.</summary>
    public IReadOnlyList<AdParameter> Parameters { get; }

    /// <summary>The value of a parameter; null when the command does not have it.</summary>
    public object? this[string parameter] => Parameters.FirstOrDefault(item => item.Name == parameter)?.Value;

    /// <summary>The command as PowerShell would read it: <c>Set-ADUser -Identity 'CN=…' -Surname 'Doe' -Server 'dc01'</c>.</summary>
    public override string ToString() => Name + string.Concat(Parameters.Select(parameter => " " + parameter));
}

/// <summary>One parameter of an <see cref="AdCommand"/>: a string, bool, string array, hashtable-like dictionary, or a placeholder.</summary>
public sealed class AdParameter
{
    /// <summary>Creates a parameter.</summary>
    public AdParameter(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The parameter's name, without the dash.</summary>
    public string Name { get; }

    /// <summary>The value.</summary>
    public object? Value { get; }

    /// <summary>"-Name 'value'", "-Enabled $true", "-AccountPassword &lt;AccountPassword&gt;".</summary>
    public override string ToString() => $"-{Name}{(Value is bool ? ":" : " ")}{Show(Value)}";

    private static string Show(object? value) => value switch
    {
        null => "$null",
        bool flag => flag ? "$true" : "$false",
        string text => "'" + text.Replace("'", "''") + "'",
        IDictionary<string, string> table => "@{" + string.Join("; ", table.Select(pair => $"{pair.Key}={Show(pair.Value)}")) + "}",
        IEnumerable<string> items => string.Join(",", items.Select(Show)),
        var other => other.ToString() ?? string.Empty,
    };
}

/// <summary>Stands for a value the engine never holds: the new account's password, the admin's credential.</summary>
public sealed class AdPlaceholder
{
    private AdPlaceholder(string name) => Name = name;

    /// <summary>The request's initial password, as a SecureString (New-ADUser -AccountPassword).</summary>
    public static AdPlaceholder AccountPassword { get; } = new("AccountPassword");

    /// <summary>The PSCredential the target was connected with (-Credential).</summary>
    public static AdPlaceholder Credential { get; } = new("Credential");

    /// <summary>What it stands for.</summary>
    public string Name { get; }

    /// <summary>"&lt;AccountPassword&gt;".</summary>
    public override string ToString() => $"<{Name}>";
}
