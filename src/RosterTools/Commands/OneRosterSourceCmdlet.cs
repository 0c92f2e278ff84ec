using System;
using System.Management.Automation;
using RosterTools.OneRoster.Csv;
using RosterTools.OneRoster.Rest;
using RosterTools.Pipeline;

namespace RosterTools.Commands;

/// <summary>
/// A cmdlet that reads OneRoster bundles (-Path, -LiteralPath) or a REST provider through a connection from
/// Connect-OneRoster (-Connection, with -Since and -IncludeDemographics): Import-OneRoster and Test-OneRoster.
/// </summary>
public abstract class OneRosterSourceCmdlet : BundleCmdlet
{
    /// <summary>The parameter set of -Connection.</summary>
    protected const string ConnectionSet = "Connection";

    /// <summary>A connection from Connect-OneRoster: the roster is read from the provider's REST API.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ConnectionSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public OneRosterConnection? Connection { get; set; }

    /// <summary>With -Connection: read only what changed after this time (a delta roster).</summary>
    [Parameter(ParameterSetName = ConnectionSet)]
    public DateTime? Since { get; set; }

    /// <summary>With -Connection: also read demographics (a privileged collection with a scope of its own).</summary>
    [Parameter(ParameterSetName = ConnectionSet)]
    public SwitchParameter IncludeDemographics { get; set; }

    /// <summary>The options of a read through -Connection.</summary>
    protected RestImportOptions ApiOptions(bool strict, IProgress<ImportProgress>? progress) =>
        ImportSettings.ForApi(strict, Since, IncludeDemographics, progress);
}
