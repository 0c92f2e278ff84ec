using System;
using System.Collections.Generic;
using System.Linq;
using RosterTools.Planning;

namespace RosterTools.Targets.ActiveDirectory;

/// <summary>
/// What carrying out one plan action in Active Directory takes: the commands to run in order, and how to tell that
/// its effect is already there (a check command, and errors that mean "already so"). An action AD has no meaning
/// for has no commands and says why.
/// </summary>
public sealed class AdActionCommands
{
    internal AdActionCommands(PlanAction action, IReadOnlyList<AdCommand> commands, string? notCarried = null, AdCommand? check = null, bool checkFindsDone = false, IReadOnlyList<string>? alreadyDoneErrors = null)
    {
        Action = action;
        Commands = commands;
        NotCarried = notCarried;
        Check = check;
        CheckFindsDone = checkFindsDone;
        AlreadyDoneErrors = alreadyDoneErrors ?? Array.Empty<string>();
    }

    /// <summary>The plan action.</summary>
    public PlanAction Action { get; }

    /// <summary>The commands, in the order they run.</summary>
    public IReadOnlyList<AdCommand> Commands { get; }

    /// <summary>Why the action has no AD commands (licences, session revocation); null when it has.</summary>
    public string? NotCarried { get; }

    /// <summary>A Get-ADUser run first: its answer says whether the action is already done (see <see cref="CheckFindsDone"/>).</summary>
    public AdCommand? Check { get; }

    /// <summary>True: the action is done when the check finds the account (Create); false: when it finds none (Delete).</summary>
    public bool CheckFindsDone { get; }

    /// <summary>Parts of error ids or messages that mean the effect is already there ("already a member").</summary>
    public IReadOnlyList<string> AlreadyDoneErrors { get; }

    /// <summary>Whether an error (its FullyQualifiedErrorId or message) means the effect is already there.</summary>
    public bool MeansAlreadyDone(string error) => AlreadyDoneErrors.Any(part => error.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The commands, one a line.</summary>
    public override string ToString() => NotCarried ?? string.Join(Environment.NewLine, Commands);
}
