using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using RosterTools.Targets;

namespace RosterTools.Pipeline;

/// <summary>
/// Directory accounts from what a cmdlet is given: the objects Get-ADUser and Get-MgUser return (or hashtables,
/// rows of Import-Csv), by property name in any case, the accounts Get-RosterDirectory returns, or the path of a
/// directory CSV. What cannot be an account is a non-terminating error and counts as <see cref="Failed"/>.
/// </summary>
internal sealed class DirectoryInput
{
    private readonly PSCmdlet _cmdlet;
    private readonly List<object> _objects = new();
    private readonly List<string> _paths = new();

    public DirectoryInput(PSCmdlet cmdlet) => _cmdlet = cmdlet;

    /// <summary>Whether anything was given (an empty pipeline on purpose counts, through <paramref name="expectingInput"/>).</summary>
    public bool IsGiven(bool expectingInput) => expectingInput || _objects.Count > 0 || _paths.Count > 0;

    /// <summary>How many objects could not be read as accounts.</summary>
    public int Failed { get; private set; }

    /// <summary>Takes -Directory's values: strings are CSV paths, anything else an account object.</summary>
    public void Add(IEnumerable<object>? values)
    {
        foreach (var value in values ?? Array.Empty<object>())
        {
            var item = value is PSObject wrapped && wrapped.BaseObject is string text ? text : value;
            if (item is string path)
            {
                _paths.Add(path);
            }
            else if (item is not null)
            {
                _objects.Add(item);
            }
        }
    }

    /// <summary>An account object from the pipeline.</summary>
    public void AddObject(PSObject? value)
    {
        if (value is not null)
        {
            _objects.Add(value);
        }
    }

    /// <summary>The snapshot of everything given; null when a CSV could not be read (the error is written).</summary>
    public DirectorySnapshot? Read(string anchorAttribute)
    {
        var accounts = new List<DirectoryAccount>(_objects.Count);
        var sources = new List<string>();
        foreach (var path in _paths)
        {
            string resolved;
            try
            {
                resolved = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
                accounts.AddRange(DirectoryCsv.Read(resolved, anchorAttribute).Accounts);
            }
            catch (Exception e) when (e is DirectoryReadException || e is SessionStateException || e is NotSupportedException || e is System.IO.IOException || e is UnauthorizedAccessException)
            {
                _cmdlet.WriteError(PlanErrors.Directory(path, e));
                return null;
            }

            sources.Add(resolved);
        }

        foreach (var item in _objects)
        {
            if (ToAccount(item, anchorAttribute) is { } account)
            {
                accounts.Add(account);
            }
        }

        if (_objects.Count > 0)
        {
            sources.Add($"{_objects.Count:N0} objects");
        }

        return new DirectorySnapshot(accounts, source: sources.Count == 0 ? "no accounts" : string.Join(", ", sources));
    }

    private DirectoryAccount? ToAccount(object item, string anchorAttribute)
    {
        var value = item is PSObject wrapped ? wrapped.BaseObject : item;
        if (value is DirectoryAccount account)
        {
            return account;
        }

        if (value is OneRoster.Roster)
        {
            Failed++;
            _cmdlet.WriteError(PlanErrors.DirectoryObject(item, "A Roster came through the pipeline, where directory accounts go. Give the roster with -Roster, and pipe the accounts (Get-ADUser, Get-MgUser)."));
            return null;
        }

        try
        {
            return AccountProperties.ToAccount(PropertiesOf(item), anchorAttribute);
        }
        catch (FormatException e)
        {
            Failed++;
            _cmdlet.WriteError(PlanErrors.DirectoryObject(item, $"The directory object '{item}' cannot be read as an account: {e.Message}"));
            return null;
        }
    }

    /// <summary>
    /// An object's properties by name: a hashtable's entries, else its properties as PowerShell adapts them (the AD
    /// module's objects are dictionaries of value collections underneath: only the adapter gives their plain values);
    /// PSObject values unwrapped.
    /// </summary>
    private static IReadOnlyDictionary<string, object?> PropertiesOf(object item)
    {
        var properties = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var value = item is PSObject wrapped ? wrapped.BaseObject : item;
        if (value is IDictionary dictionary && value.GetType().Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                if (entry.Key is not null)
                {
                    properties[entry.Key.ToString()!] = Unwrap(entry.Value);
                }
            }

            return properties;
        }

        foreach (var property in PSObject.AsPSObject(item).Properties)
        {
            try
            {
                properties[property.Name] = Unwrap(property.Value);
            }
            catch (GetValueException)
            {
                // A property whose getter throws (some adapted AD properties do): not one an account needs.
            }
        }

        return properties;
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
