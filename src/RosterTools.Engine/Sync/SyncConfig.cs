namespace RosterTools.Sync;

/// <summary>
/// The nightly job in one file: where the roster comes from, the policy, the directory to keep in step, the state
/// folder, and what to do with the summary. Paths in the file are relative to the file. See
/// <c>examples/quickstart/sync.yaml</c>.
/// </summary>
public sealed class SyncConfig
{
    /// <summary>The config file (full path), for messages.</summary>
    public string File { get; set; } = string.Empty;

    /// <summary>The SIS bundle (a folder or .zip) read each night; null when the source is a REST provider.</summary>
    public string? SourcePath { get; set; }

    /// <summary>The OneRoster REST provider read each night (<c>source: api:</c>); null when the source is a bundle.</summary>
    public RosterTools.OneRoster.Rest.ApiSourceSection? SourceApi { get; set; }

    /// <summary>The policy file.</summary>
    public string PolicyPath { get; set; } = string.Empty;

    /// <summary>The directory to keep in step.</summary>
    public TargetConfig Target { get; set; } = new();

    /// <summary>The state folder: lifecycle, journal, audit log, snapshots, the local store, the lock.</summary>
    public string StateFolder { get; set; } = string.Empty;

    /// <summary>Safety limits that replace the policy's, one by one.</summary>
    public SafetyOverrides Safety { get; set; } = new();

    /// <summary>How many snapshots of the source, and plans, to keep (default 30).</summary>
    public int KeepSnapshots { get; set; } = 30;

    /// <summary>
    /// A folder for the initial passwords of the accounts each run creates (passwords-&lt;run id&gt;.csv, readable by
    /// its owner only on Linux and macOS); null: passwords go to the directory only.
    /// </summary>
    public string? PasswordFolder { get; set; }

    /// <summary>Where the summary of every run is written as JSON, besides the state folder's last-sync.json; null for nowhere else.</summary>
    public string? SummaryFile { get; set; }

    /// <summary>A web hook (Teams, Slack, a monitoring system) the summary is posted to as JSON; null for none.</summary>
    public string? Webhook { get; set; }
}

/// <summary>The <c>target:</c> section: which directory (its one key), and that key's settings, read by the kind of target.</summary>
public sealed class TargetConfig
{
    /// <summary>The kind: local (the store in the state folder; the default), or another registered with <see cref="SyncTargets.Register"/>.</summary>
    public string Kind { get; set; } = "local";

    /// <summary>The settings under the kind's key, as written (positions kept for messages); null for <c>{}</c> or none.</summary>
    public YamlDotNet.RepresentationModel.YamlMappingNode? Settings { get; set; }

    /// <summary>The line of the section in the config file, for messages about it.</summary>
    public int Line { get; set; }
}
