namespace RosterTools.Samples;

/// <summary>How far the generation of a sample district has come.</summary>
public sealed record SampleProgress(string File, long RowsWritten, int PercentComplete);
