using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using RosterTools.Apply;
using RosterTools.Targets;
using RosterTools.Targets.ActiveDirectory;

namespace RosterTools.ActiveDirectory;

/// <summary>
/// Active Directory through the ActiveDirectory module the admin already has: the engine's <see cref="AdCommandMap"/>
/// gives the commands, and this runs them in the current PowerShell session (so they use its module, its -Server
/// defaults and the admin's rights), filling in the placeholders: the request's password as a SecureString, the
/// connection's PSCredential. Everything runs on the calling thread, which must be the pipeline thread. Internal,
/// as every non-cmdlet type of this assembly (Windows PowerShell loads public types before the engine resolves).
/// </summary>
internal sealed class ActiveDirectoryTarget : IDirectoryTarget
{
    private readonly AdTargetOptions _options;
    private readonly PSCredential? _credential;

    /// <summary>Creates the target; nothing runs until it is used.</summary>
    public ActiveDirectoryTarget(AdTargetOptions options, PSCredential? credential)
    {
        _options = options;
        _credential = credential;
        options.UseCredential = credential is not null; // the mapped commands carry -Credential exactly when there is one
    }

    /// <inheritdoc />
    public string Description => "Active Directory" + (_options.Server is null ? string.Empty : " " + _options.Server);

    /// <inheritdoc />
    public int PreferredBatchSize => 50;

    /// <inheritdoc />
    public TargetStatistics Statistics { get; } = new();

    /// <summary>Get-ADUser with the anchor and memberships, each user mapped by property name.</summary>
    public Task<DirectorySnapshot> ReadAsync(IProgress<int>? accountsRead, CancellationToken cancellationToken)
    {
        var accounts = Invoke(AdCommandMap.ReadAccounts(_options), null)
            .Select(user => AccountProperties.ToAccount(user.Properties.ToDictionary(property => property.Name, property => Plain(property.Value), StringComparer.OrdinalIgnoreCase), _options.AnchorAttribute))
            .ToList();
        accountsRead?.Report(accounts.Count);
        return Task.FromResult(new DirectorySnapshot(accounts, source: Description));
    }

    /// <summary>Runs each request's commands in turn; a command's error fails that request only.</summary>
    public Task<IReadOnlyList<ActionResult>> ApplyAsync(IReadOnlyList<ActionRequest> requests, CancellationToken cancellationToken)
    {
        var results = new List<ActionResult>(requests.Count);
        foreach (var request in requests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(Apply(request));
        }

        return Task.FromResult<IReadOnlyList<ActionResult>>(results);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private ActionResult Apply(ActionRequest request)
    {
        var mapped = AdCommandMap.For(request, _options);
        if (mapped.NotCarried is { } why)
        {
            return ActionResult.For(request.Action, ActionStatus.Skipped, why, why);
        }

        try
        {
            if (mapped.Check is { } check && Invoke(check, null) is var found && (found.Count > 0) == mapped.CheckFindsDone)
            {
                return WithId(ActionResult.For(request.Action, ActionStatus.AlreadyDone, mapped.CheckFindsDone ? "it exists" : "no such account: already deleted"), found);
            }

            Collection<PSObject> output = new();
            foreach (var command in mapped.Commands)
            {
                output = Invoke(command, request.InitialPassword);
            }

            return WithId(ActionResult.For(request.Action, ActionStatus.Done, "ran " + string.Join(", ", mapped.Commands.Select(command => command.Name))), output);
        }
        catch (AdCommandFailed failed)
        {
            return mapped.MeansAlreadyDone(failed.Message)
                ? ActionResult.For(request.Action, ActionStatus.AlreadyDone, failed.Message)
                : ActionResult.For(request.Action, ActionStatus.Failed, error: failed.Message);
        }
    }

    /// <summary>Runs one command in the current runspace; its first error (terminating or not) becomes <see cref="AdCommandFailed"/>.</summary>
    private Collection<PSObject> Invoke(AdCommand command, string? password)
    {
        using var shell = PowerShell.Create(RunspaceMode.CurrentRunspace);
        using var secure = command.Parameters.Any(parameter => ReferenceEquals(parameter.Value, AdPlaceholder.AccountPassword)) ? Secure(password, command) : null;
        shell.AddCommand(command.Name);
        foreach (var parameter in command.Parameters)
        {
            shell.AddParameter(parameter.Name, parameter.Value switch
            {
                AdPlaceholder placeholder when ReferenceEquals(placeholder, AdPlaceholder.AccountPassword) => secure,
                AdPlaceholder => _credential,
                IDictionary<string, string> table => new Hashtable(table.ToDictionary(pair => pair.Key, pair => (object)pair.Value)),
                var value => value,
            });
        }

        Statistics.AddRequest();
        try
        {
            var output = shell.Invoke();
            if (shell.Streams.Error.Count > 0)
            {
                throw new AdCommandFailed(command, shell.Streams.Error[0]);
            }

            return output;
        }
        catch (RuntimeException e)
        {
            throw new AdCommandFailed(command, e.ErrorRecord);
        }
    }

    private static SecureString Secure(string? password, AdCommand command)
    {
        if (password is null)
        {
            throw new AdCommandFailed(command, "the request has no initial password (the applier makes it from the policy's password rule)");
        }

        var secure = new SecureString();
        foreach (var c in password)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }

    private static ActionResult WithId(ActionResult result, Collection<PSObject> output)
    {
        result.AccountId = output.Select(item => item.Properties["ObjectGUID"]?.Value).FirstOrDefault(value => value is not null)?.ToString();
        return result;
    }

    private static object? Plain(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    /// <summary>A command's error, said with the command (never its secrets: placeholders show in their place).</summary>
    private sealed class AdCommandFailed : Exception
    {
        public AdCommandFailed(AdCommand command, ErrorRecord record)
            : base($"{command.Name} failed: {record.Exception?.Message ?? record.ToString()} ({record.FullyQualifiedErrorId})")
        {
        }

        public AdCommandFailed(AdCommand command, string message)
            : base($"{command.Name} failed: {message}")
        {
        }
    }
}
