namespace RosterTools.Tests.Contract;

/// <summary>PowerShell's approved verbs (Get-Verb in PowerShell 7.4), and which of them change state.</summary>
internal static class ApprovedVerbs
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        // Common
        "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New", "Open",
        "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show", "Skip",
        "Split", "Step", "Switch", "Undo", "Unlock", "Watch",

        // Communications
        "Connect", "Disconnect", "Read", "Receive", "Send", "Write",

        // Data
        "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand",
        "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save", "Sync",
        "Unpublish", "Update",

        // Diagnostic
        "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace",

        // Lifecycle
        "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke",
        "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait",

        // Security
        "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect",

        // Other
        "Use",
    };

    /// <summary>Verbs whose cmdlets change something outside the session: they must support -WhatIf and -Confirm.</summary>
    public static readonly IReadOnlySet<string> ChangeState = new HashSet<string>(StringComparer.Ordinal)
    {
        "Add", "Clear", "Copy", "Move", "New", "Remove", "Rename", "Reset", "Set", "Connect", "Disconnect", "Send", "Write",
        "Backup", "Compress", "Dismount", "Edit", "Expand", "Export", "Initialize", "Merge", "Mount", "Publish", "Restore",
        "Save", "Sync", "Unpublish", "Update", "Repair", "Deploy", "Disable", "Enable", "Install", "Invoke", "Register",
        "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Block", "Grant", "Protect",
        "Revoke", "Unblock", "Unprotect", "Deny", "Approve",
    };

    /// <summary>Verbs that only read or report: a -WhatIf on them would suggest they change something.</summary>
    public static readonly IReadOnlySet<string> ReadOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "Get", "Find", "Search", "Select", "Show", "Test", "Measure", "Compare", "Resolve", "Read", "Receive", "Import",
        "ConvertFrom", "ConvertTo", "Convert", "Format", "Group", "Limit", "Out", "Trace", "Ping", "Debug", "Watch", "Wait",
    };

    /// <summary>Verbs whose cmdlets may destroy or take away: the only ones allowed ConfirmImpact High.</summary>
    public static readonly IReadOnlySet<string> Destructive = new HashSet<string>(StringComparer.Ordinal)
    {
        "Remove", "Clear", "Reset", "Revoke", "Invoke", "Uninstall", "Unregister", "Disable", "Deny", "Block", "Stop", "Restore",
    };
}
