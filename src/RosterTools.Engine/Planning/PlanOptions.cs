using System;

namespace RosterTools.Planning;

/// <summary>How a plan is made.</summary>
public sealed class PlanOptions
{
    /// <summary>The day grace periods count to, in the district's time (today by default).</summary>
    public DateTime Today { get; set; } = DateTime.Today;

    /// <summary>The moment the plan is made (now by default).</summary>
    public DateTime? NowUtc { get; set; }

    /// <summary>How the source is named in reasons: "SIS bulk export of 2026-11-21" (the roster's source and today by default).</summary>
    public string? SourceLabel { get; set; }

    /// <summary>Receives progress while the plan is made.</summary>
    public IProgress<PlanProgress>? Progress { get; set; }
}

/// <summary>How far the making of a plan has come.</summary>
public sealed class PlanProgress
{
    /// <summary>Creates a progress report.</summary>
    public PlanProgress(string stage, long done, long total)
    {
        Stage = stage;
        Done = done;
        Total = total;
    }

    /// <summary>What is being done: "people", "accounts", "checking limits".</summary>
    public string Stage { get; }

    /// <summary>How many of <see cref="Total"/> are done.</summary>
    public long Done { get; }

    /// <summary>How many there are.</summary>
    public long Total { get; }

    /// <summary>0 to 100.</summary>
    public int PercentComplete => Total <= 0 ? 0 : (int)Math.Min(100, Done * 100 / Total);
}
